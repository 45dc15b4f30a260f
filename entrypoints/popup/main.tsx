import { render } from 'preact';
import { App } from '../../components/App';
import { localizeDocument } from '../../utils/page-locale';
import '../../components/base.css';
import './style.css';

localizeDocument(document);
render(<App />, document.getElementById('app') as HTMLElement);
