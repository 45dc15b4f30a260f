import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { localizeDocument } from '../../utils/page-locale';
import '../../components/base.css';
import './style.css';

localizeDocument(document);
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
