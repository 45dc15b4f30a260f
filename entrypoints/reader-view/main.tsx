import { render } from 'preact';
import { ReaderView } from '../../components/ReaderView';
import { localizeDocument } from '../../utils/page-locale';
import '../../components/base.css';
import './style.css';

localizeDocument(document);
render(<ReaderView />, document.getElementById('app') as HTMLElement);
