import { useCallback, useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { analyzeArticle } from '../core/analyze';
import type { Analysis } from '../core/types';
import { resolveTargetTab } from '../utils/active-tab';
import { sendMessage } from '../utils/messaging';
import type { ReadError } from '../utils/read-result';
import { type RestrictedReason, restrictedReason } from '../utils/restricted-pages';
import { type SectionId, SUMMARY_SENTENCES, settings } from '../utils/settings';
import { applyAppearance } from '../utils/theme';
import { ArticleCard } from './ArticleCard';
import { EntitiesSection } from './EntitiesSection';
import { Section } from './Section';
import { SourcesSection } from './SourcesSection';
import { StatusPanel } from './StatusPanel';
import { SummarySection } from './SummarySection';

type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; error: ReadError }
  | { kind: 'ready'; analysis: Analysis; tabId: number };

const RESTRICTED_MESSAGES: Record<RestrictedReason, () => string> = {
  'browser-page': () => i18n.t('popup.restricted.browserPage'),
  'web-store': () => i18n.t('popup.restricted.webStore'),
  pdf: () => i18n.t('popup.restricted.pdf'),
  'extension-page': () => i18n.t('popup.restricted.extensionPage'),
  'local-file': () => i18n.t('popup.restricted.localFile'),
  'not-a-web-page': () => i18n.t('popup.restricted.notAWebPage'),
};

const ERROR_MESSAGES: Record<ReadError['code'], () => string> = {
  'restricted-page': () => i18n.t('popup.restricted.browserPage'),
  'no-tab': () => i18n.t('popup.error.noTab'),
  'injection-failed': () => i18n.t('popup.error.injectionFailed'),
  'extraction-failed': () => i18n.t('popup.error.extractionFailed'),
  'invalid-reply': () => i18n.t('popup.error.invalidReply'),
  timeout: () => i18n.t('popup.error.timeout'),
};

async function loadView(): Promise<View> {
  const tab = await resolveTargetTab(location.search);
  if (!tab) return { kind: 'error', error: { code: 'no-tab', message: 'no tab' } };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: restricted };
  const reply = await sendMessage('readTab', { tabId: tab.id }).catch(
    (error: unknown): Awaited<ReturnType<typeof sendMessage<'readTab'>>> => ({
      ok: false,
      error: { code: 'injection-failed', message: error instanceof Error ? error.message : String(error) },
    }),
  );
  if (!reply.ok) {
    if (reply.error.code === 'restricted-page') {
      const reason = reply.error.message as RestrictedReason;
      return { kind: 'restricted', reason: reason in RESTRICTED_MESSAGES ? reason : 'browser-page' };
    }
    return { kind: 'error', error: reply.error };
  }
  const length = await settings.summaryLength.get();
  const analysis = await analyzeArticle(reply.article, { sentences: SUMMARY_SENTENCES[length] }, reply.extractMs);
  return { kind: 'ready', analysis, tabId: tab.id };
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [sections, setSections] = useState<SectionId[]>(['summary', 'entities', 'sources']);

  const load = useCallback(() => {
    setView({ kind: 'loading' });
    loadView().then(setView, (error: unknown) =>
      setView({
        kind: 'error',
        error: { code: 'extraction-failed', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  }, []);

  useEffect(() => {
    load();
    const root = document.documentElement;
    const refreshAppearance = async () =>
      applyAppearance(root, await settings.theme.get(), await settings.textSize.get());
    const refreshSections = async () => {
      const layout = await settings.sections.get();
      setSections(layout.order.filter((id) => !layout.hidden.includes(id)));
    };
    void refreshAppearance();
    void refreshSections();
    const unwatch = [
      settings.theme.watch(() => void refreshAppearance()),
      settings.textSize.watch(() => void refreshAppearance()),
      settings.sections.watch(() => void refreshSections()),
      settings.summaryLength.watch(() => load()),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [load]);

  if (view.kind === 'loading') {
    return (
      <main class="popup" aria-busy="true">
        <StatusPanel id="loading" tone="info" title={i18n.t('popup.loading')}>
          <div class="skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </StatusPanel>
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
        <StatusPanel id="error" tone="error" title={i18n.t('popup.errorTitle')}>
          <p>{ERROR_MESSAGES[view.error.code]()}</p>
          <p class="muted detail">{i18n.t('popup.detail', [view.error.message])}</p>
          <button type="button" class="button" onClick={load}>
            {i18n.t('popup.retry')}
          </button>
        </StatusPanel>
      </main>
    );
  }

  const { analysis, tabId } = view;
  const showInPage = (passages: string[], focus = 0) =>
    void sendMessage('highlightInPage', { passages, focus, persist: false }, tabId).catch(() => undefined);
  const renderSection = (id: SectionId) => {
    switch (id) {
      case 'summary':
        return (
          <Section key={id} id={id} title={i18n.t('sections.summary')}>
            <SummarySection summary={analysis.summary} onShowInPage={(passage) => showInPage([passage])} />
          </Section>
        );
      case 'entities':
        return (
          <Section key={id} id={id} title={i18n.t('sections.entities')} count={analysis.entities.length}>
            <EntitiesSection entities={analysis.entities} onShowInPage={showInPage} />
          </Section>
        );
      case 'sources':
        return (
          <Section key={id} id={id} title={i18n.t('sections.sources')}>
            <SourcesSection sources={analysis.sources} onShowInPage={(passage) => showInPage([passage])} />
          </Section>
        );
    }
  };

  return (
    <main class="popup" id="result">
      {!analysis.article.signals.isArticle && (
        <StatusPanel id="not-article" tone="warning" title={i18n.t('popup.notArticleTitle')}>
          <p>{i18n.t('popup.notArticleBody')}</p>
        </StatusPanel>
      )}
      <ArticleCard article={analysis.article} />
      {/* lookup-search: the lookup capability places its search box here */}
      {sections.map(renderSection)}
      <footer class="popup-footer">
        <p class="muted">{i18n.t('footer.onDevice')}</p>
      </footer>
    </main>
  );
}
