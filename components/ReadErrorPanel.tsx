import { i18n } from '#i18n';
import type { ReadError } from '../utils/read-result';
import { StatusPanel } from './StatusPanel';

/** The plain explanation of each way reading a tab can fail. */
export const ERROR_MESSAGES: Record<ReadError['code'], () => string> = {
  'restricted-page': () => i18n.t('popup.restricted.browserPage'),
  'no-tab': () => i18n.t('popup.error.noTab'),
  'tab-discarded': () => i18n.t('popup.error.tabDiscarded'),
  'injection-failed': () => i18n.t('popup.error.injectionFailed'),
  'extraction-failed': () => i18n.t('popup.error.extractionFailed'),
  'invalid-reply': () => i18n.t('popup.error.invalidReply'),
  timeout: () => i18n.t('popup.error.timeout'),
};

interface ReadErrorPanelProps {
  error: ReadError;
  /** Show the browser's own words under the explanation (the popup does; the reader view keeps it plain). */
  showDetail: boolean;
  onRetry: () => void;
  onReload: (tabId: number) => void;
}

/**
 * Why the tab could not be read, and the one step that helps: reload a tab the browser unloaded to
 * save memory, or otherwise try again.
 */
export function ReadErrorPanel({ error, showDetail, onRetry, onReload }: ReadErrorPanelProps) {
  const { tabId } = error;
  const reload = error.code === 'tab-discarded' && tabId !== undefined;
  return (
    <StatusPanel id="error" tone="error" title={i18n.t('popup.errorTitle')}>
      <p>{ERROR_MESSAGES[error.code]()}</p>
      {showDetail && <p class="muted detail">{i18n.t('popup.detail', [error.message])}</p>}
      {reload ? (
        <button type="button" class="button" id="reload-tab" onClick={() => onReload(tabId)}>
          {i18n.t('popup.reloadTab')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => onRetry()}>
          {i18n.t('popup.retry')}
        </button>
      )}
    </StatusPanel>
  );
}
