import { render } from 'preact';
import { App } from '../../components/App';
import { localizeDocument } from '../../utils/page-locale';
import { startAnalysis } from '../../utils/use-analysis';
import { readSettingsEarly } from '../../utils/use-settings';
import '../../components/base.css';
import './style.css';

const requested = startAnalysis();
readSettingsEarly();
localizeDocument(document);
void requested.then(() => render(<App />, document.getElementById('app') as HTMLElement));
