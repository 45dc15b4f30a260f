import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { StatusPanel } from './StatusPanel';

/**
 * How long the reader waits before the loading message says why a page may not answer. A tab that shows
 * a dialog (alert, confirm, a "leave site?" prompt) or runs a long script cannot run Lede's reader script
 * until it is free; in Firefox that lasts as long as the dialog stays open.
 */
export const SLOW_AFTER_MS = 3_000;

/** "Reading the article…", and after a few seconds without an answer, what the reader can do about it. */
export function LoadingStatus() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <StatusPanel id="loading" tone="info" title={i18n.t('popup.loading')}>
      {slow && (
        <p id="loading-slow" class="muted">
          {i18n.t('popup.loadingSlow')}
        </p>
      )}
    </StatusPanel>
  );
}
