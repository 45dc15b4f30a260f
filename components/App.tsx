import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { sendMessage } from '../utils/messaging';
import type { RestrictedReason } from '../utils/restricted-pages';
import { type AnalysisView, useAnalysis } from '../utils/use-analysis';
import { POPUP_MARKS } from '../utils/use-analysis-mark';
import { useAppearance, useSettings } from '../utils/use-settings';
import { AnalysisSections, visibleSections } from './AnalysisSections';
import { ExportMenu } from './ExportMenu';
import { ICONS, IconButton } from './IconButton';
import { LoadingSkeleton } from './LoadingSkeleton';
import { LoadingStatus } from './LoadingStatus';
import { LookupSearch } from './LookupSearch';
import { ReadErrorPanel } from './ReadErrorPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatusPanel } from './StatusPanel';

export const RESTRICTED_MESSAGES: Record<RestrictedReason, () => string> = {
  'browser-page': () => i18n.t('popup.restricted.browserPage'),
  'web-store': () => i18n.t('popup.restricted.webStore'),
  pdf: () => i18n.t('popup.restricted.pdf'),
  'extension-page': () => i18n.t('popup.restricted.extensionPage'),
  'local-file': () => i18n.t('popup.restricted.localFile'),
  'not-a-web-page': () => i18n.t('popup.restricted.notAWebPage'),
};

/** A page loaded as a tab (tests, reader view) rather than as the toolbar popup. */
const openedAsTab = () => new URLSearchParams(location.search).has('tabId');

export function App() {
  const values = useSettings();
  useAppearance(values);
  const [view, load, reloadAndRead] = useAnalysis(values?.summaryLength);
  const [panelOpen, setPanelOpen] = useState(false);

  const ready = view.kind === 'ready' ? view : null;
  const openReader = () => {
    if (!ready) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/reader-view.html')}?tabId=${ready.tabId}` });
    if (!openedAsTab()) window.close();
  };

  return (
    <div class="popup-shell">
      <header class="toolbar">
        <span class="brand" aria-hidden="true">
          Lede
        </span>
        <div class="toolbar-actions">
          <IconButton
            id="open-reader"
            label={i18n.t('toolbar.readerView')}
            icon={ICONS.book}
            disabled={!ready}
            onClick={openReader}
          />
          <ExportMenu analysis={ready?.analysis ?? null} sections={values ? visibleSections(values.sections) : []} />
          <IconButton
            id="settings-toggle"
            label={i18n.t('settings.title')}
            icon={ICONS.gear}
            strokeWidth={1.4}
            expanded={panelOpen}
            controls="settings-panel"
            onClick={() => setPanelOpen(!panelOpen)}
          />
        </div>
      </header>
      {panelOpen && values && <SettingsPanel values={values} onClose={() => setPanelOpen(false)} />}
      <div hidden={panelOpen}>
        <Content view={view} values={values} onRetry={load} onReload={reloadAndRead} />
      </div>
    </div>
  );
}

function Content({
  view,
  values,
  onRetry,
  onReload,
}: {
  view: AnalysisView;
  values: ReturnType<typeof useSettings>;
  onRetry: () => void;
  onReload: (tabId: number) => void;
}) {
  // The analysis is on screen only once the settings are in too (until then the loading shell shows).
  const shown = view.kind === 'ready' && values !== null;
  useEffect(() => {
    // `npm run bench` reads this mark: from opening the popup to the full analysis on screen.
    if (shown) performance.mark(POPUP_MARKS.shown);
  }, [shown]);
  if (view.kind === 'loading' || !values) {
    return (
      <main class="popup" aria-busy="true">
        <LoadingStatus />
        <LoadingSkeleton />
      </main>
    );
  }
  if (view.kind === 'restricted') {
    return (
      <main class="popup">
        <StatusPanel id="restricted" tone="warning" title={i18n.t('popup.restrictedTitle')}>
          <p>{RESTRICTED_MESSAGES[view.reason]()}</p>
        </StatusPanel>
      </main>
    );
  }
  if (view.kind === 'error') {
    return (
      <main class="popup">
        <ReadErrorPanel error={view.error} showDetail onRetry={onRetry} onReload={onReload} />
      </main>
    );
  }
  const { analysis, tabId } = view;
  const showInPage = (passages: string[], focus = 0) =>
    void sendMessage('highlightInPage', { passages, focus, persist: false }, tabId).catch(() => undefined);
  return (
    <main class="popup" id="result" aria-label={i18n.t('popup.resultLabel')}>
      {!analysis.article.signals.isArticle && (
        <StatusPanel id="not-article" tone="warning" title={i18n.t('popup.notArticleTitle')}>
          <p>{i18n.t('popup.notArticleBody')}</p>
        </StatusPanel>
      )}
      <LookupSearch analysis={analysis} onShowInPage={showInPage} />
      <AnalysisSections analysis={analysis} values={values} showInPage={showInPage} />
      <footer class="popup-footer">
        <p class="muted">{i18n.t('footer.onDevice')}</p>
      </footer>
    </main>
  );
}
