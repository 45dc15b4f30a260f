import { render } from 'preact';
import { ReaderView } from '../../components/ReaderView';
import { localizeDocument } from '../../utils/page-locale';
import { startAnalysis } from '../../utils/use-analysis';
import '../../components/base.css';
import './style.css';

startAnalysis();
localizeDocument(document);
render(<ReaderView />, document.getElementById('app') as HTMLElement);
