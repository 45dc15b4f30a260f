import { render } from 'preact';
import { ReaderView } from '../../components/ReaderView';
import { localizeDocument } from '../../utils/page-locale';
import { startAnalysis } from '../../utils/use-analysis';
import '../../components/base.css';
import './style.css';

const requested = startAnalysis();
localizeDocument(document);
void requested.then(() => render(<ReaderView />, document.getElementById('app') as HTMLElement));
