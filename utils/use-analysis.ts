import { useCallback, useEffect, useState } from 'preact/hooks';
import { analyzeArticle } from '../core/analyze';
import { loadModel } from '../core/entities/model';
import type { Analysis, Article } from '../core/types';
import { resolveTargetTab } from './active-tab';
import { sendMessage } from './messaging';
import type { ReadError } from './read-result';
import { type RestrictedReason, restrictedReason } from './restricted-pages';
import { SUMMARY_SENTENCES, type SummaryLength, settings } from './settings';
import { POPUP_MARKS } from './use-analysis-mark';

export type AnalysisView =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; error: ReadError }
  | { kind: 'ready'; analysis: Analysis; tabId: number; article: Article; extractMs: number; length: SummaryLength };

const RESTRICTED_REASONS: RestrictedReason[] = [
  'browser-page',
  'web-store',
  'pdf',
  'extension-page',
  'local-file',
  'not-a-web-page',
];

/** Reads the tab through the background's `readTab` and analyzes it; the popup and the reader view share it. */
export async function loadAnalysis(search: string): Promise<AnalysisView> {
  performance.mark(POPUP_MARKS.started);
  const tab = await resolveTargetTab(search);
  if (!tab) return { kind: 'error', error: { code: 'no-tab', message: 'no tab' } };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: restricted };
  // The entity model takes a while to decode: start it now so it overlaps with reading the page.
  void loadModel().catch(() => undefined);
  const reply = await sendMessage('readTab', { tabId: tab.id }).catch(
    (error: unknown): Awaited<ReturnType<typeof sendMessage<'readTab'>>> => ({
      ok: false,
      error: { code: 'injection-failed', message: error instanceof Error ? error.message : String(error) },
    }),
  );
  if (!reply.ok) {
    if (reply.error.code === 'restricted-page') {
      const reason = reply.error.message as RestrictedReason;
      return { kind: 'restricted', reason: RESTRICTED_REASONS.includes(reason) ? reason : 'browser-page' };
    }
    return { kind: 'error', error: reply.error };
  }
  performance.mark(POPUP_MARKS.read);
  const length = await settings.summaryLength.get();
  const analysis = await analyzeArticle(reply.article, { sentences: SUMMARY_SENTENCES[length] }, reply.extractMs);
  performance.mark(POPUP_MARKS.analyzed);
  return { kind: 'ready', analysis, tabId: tab.id, article: reply.article, extractMs: reply.extractMs, length };
}

/**
 * The analysis of the target tab, kept in step with the summary-length setting: a new length re-runs
 * the pipeline on the article already read, without reading the page again.
 */
export function useAnalysis(length: SummaryLength | undefined): [AnalysisView, () => void] {
  const [view, setView] = useState<AnalysisView>({ kind: 'loading' });
  const load = useCallback(() => {
    setView({ kind: 'loading' });
    loadAnalysis(location.search).then(setView, (error: unknown) =>
      setView({
        kind: 'error',
        error: { code: 'extraction-failed', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  }, []);
  useEffect(load, []);
  useEffect(() => {
    if (view.kind !== 'ready' || !length || length === view.length) return;
    const { article, extractMs } = view;
    void analyzeArticle(article, { sentences: SUMMARY_SENTENCES[length] }, extractMs).then((analysis) =>
      setView((current) => (current.kind === 'ready' ? { ...current, analysis, length } : current)),
    );
  }, [length, view]);
  return [view, load];
}
