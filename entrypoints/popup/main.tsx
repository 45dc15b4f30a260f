import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from '../../components/App';
import './style.css';

// The UI follows the browser's language and its writing direction (Arabic and Hebrew read right to left).
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.documentElement.dir = i18n.t('@@bidi_dir');
document.title = i18n.t('extName');

render(<App />, document.getElementById('app') as HTMLElement);
