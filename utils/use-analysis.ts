import { useCallback, useEffect, useState } from 'preact/hooks';
import { withSummaryLength } from '../core/summary/with-length';
import type { Analysis } from '../core/types';
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
  | { kind: 'ready'; analysis: Analysis; tabId: number; length: SummaryLength };

const RESTRICTED_REASONS: RestrictedReason[] = [
  'browser-page',
  'web-store',
  'pdf',
  'extension-page',
  'local-file',
  'not-a-web-page',
];

/** Reads and analyzes the tab through the background's `analyzeTab`; the popup and the reader view share it. */
export async function loadAnalysis(search: string): Promise<AnalysisView> {
  performance.mark(POPUP_MARKS.started);
  const tab = await resolveTargetTab(search);
  if (!tab) return { kind: 'error', error: { code: 'no-tab', message: 'no tab' } };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { kind: 'restricted', reason: restricted };
  const length = await settings.summaryLength.get();
  const reply = await sendMessage('analyzeTab', { tabId: tab.id, sentences: SUMMARY_SENTENCES[length] }).catch(
    (error: unknown): Awaited<ReturnType<typeof sendMessage<'analyzeTab'>>> => ({
      ok: false,
      error: { code: 'injection-failed', message: error instanceof Error ? error.message : String(error) },
    }),
  );
  performance.mark(POPUP_MARKS.analyzed);
  if (!reply.ok) {
    if (reply.error.code === 'restricted-page') {
      const reason = reply.error.message as RestrictedReason;
      return { kind: 'restricted', reason: RESTRICTED_REASONS.includes(reason) ? reason : 'browser-page' };
    }
    return { kind: 'error', error: reply.error };
  }
  return { kind: 'ready', analysis: reply.analysis, tabId: tab.id, length };
}

let started: Promise<AnalysisView> | null = null;

/**
 * Starts reading the tab before the first render, so the background works while the page's own
 * interface is built. The first `useAnalysis` load takes this promise; a retry starts afresh.
 */
export function startAnalysis(): void {
  started ??= loadAnalysis(location.search);
}

/**
 * The analysis of the target tab, kept in step with the summary-length setting: a new length re-runs
 * the pipeline on the article already read, without reading the page again.
 */
export function useAnalysis(length: SummaryLength | undefined): [AnalysisView, () => void] {
  const [view, setView] = useState<AnalysisView>({ kind: 'loading' });
  const load = useCallback(() => {
    setView({ kind: 'loading' });
    const pending = started ?? loadAnalysis(location.search);
    started = null;
    pending.then(setView, (error: unknown) =>
      setView({
        kind: 'error',
        error: { code: 'extraction-failed', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  }, []);
  useEffect(load, []);
  useEffect(() => {
    if (view.kind !== 'ready' || !length || length === view.length) return;
    setView({ ...view, analysis: withSummaryLength(view.analysis, SUMMARY_SENTENCES[length]), length });
  }, [length, view]);
  return [view, load];
}
