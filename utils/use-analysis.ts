import { useCallback, useEffect, useState } from 'preact/hooks';
import { withSummaryLength } from '../core/summary/with-length';
import type { Analysis } from '../core/types';
import { resolveTargetTab } from './active-tab';
import { type ResponseOf, sendMessage } from './messaging';
import type { ReadError } from './read-result';
import { reloadTab } from './reload-tab';
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

/**
 * Reads and analyzes the tab through the background's `analyzeTab`; the popup and the reader view share it.
 * `onRequested` is called once the request is on its way to the background (or no request will be made).
 */
export async function loadAnalysis(search: string, onRequested: () => void = () => undefined): Promise<AnalysisView> {
  performance.mark(POPUP_MARKS.started);
  try {
    // The request leaves with the default summary length, without waiting for the setting: each answer
    // from the browser is a round trip, and the popup is still being built meanwhile. A reader who chose
    // another length gets the summary recomputed from the same analysis (equal to a fresh one) before
    // the first render of it, so the default length never flashes on screen.
    const lengthRead = settings.summaryLength.get();
    const tab = await resolveTargetTab(search);
    if (!tab) return { kind: 'error', error: { code: 'no-tab', message: 'no tab' } };
    const restricted = restrictedReason(tab.url);
    if (restricted) return { kind: 'restricted', reason: restricted };
    const requestedLength = settings.summaryLength.fallback;
    const request = sendMessage('analyzeTab', { tabId: tab.id, sentences: SUMMARY_SENTENCES[requestedLength] });
    onRequested();
    const view = await answerOf(request, tab.id, requestedLength);
    const length = await lengthRead;
    if (view.kind !== 'ready' || length === requestedLength) return view;
    return { ...view, analysis: withSummaryLength(view.analysis, SUMMARY_SENTENCES[length]), length };
  } finally {
    onRequested();
  }
}

async function answerOf(
  request: Promise<ResponseOf<'analyzeTab'>>,
  tabId: number,
  length: SummaryLength,
): Promise<AnalysisView> {
  const reply = await request.catch(
    (error: unknown): ResponseOf<'analyzeTab'> => ({
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
  return { kind: 'ready', analysis: reply.analysis, tabId, length };
}

let started: Promise<AnalysisView> | null = null;

/**
 * Starts reading the tab before the first render. The returned promise settles once the request has
 * left for the background: rendering after that lets the background work while the interface is built,
 * where rendering first would hold every await before the request until the render was done. The first
 * `useAnalysis` load takes the started analysis; a retry starts afresh.
 */
export function startAnalysis(): Promise<void> {
  if (started) return Promise.resolve();
  let requested: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    requested = resolve;
  });
  started = loadAnalysis(location.search, requested);
  return sent;
}

/**
 * The analysis of the target tab, kept in step with the summary-length setting: a new length re-runs
 * the pipeline on the article already read, without reading the page again.
 */
export function useAnalysis(
  length: SummaryLength | undefined,
): [AnalysisView, () => void, (unloadedTabId: number) => void] {
  const [view, setView] = useState<AnalysisView>({ kind: 'loading' });
  const show = useCallback((pending: Promise<AnalysisView>) => {
    setView({ kind: 'loading' });
    pending.then(setView, (error: unknown) =>
      setView({
        kind: 'error',
        error: { code: 'extraction-failed', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  }, []);
  const load = useCallback(() => {
    const pending = started ?? loadAnalysis(location.search);
    started = null;
    show(pending);
  }, [show]);
  // A tab the browser unloaded is reloaded, then read by its id (which Chrome changed when unloading it).
  const reloadAndRead = useCallback(
    (unloadedTabId: number) => show(reloadTab(unloadedTabId).then(() => loadAnalysis(`?tabId=${unloadedTabId}`))),
    [show],
  );
  useEffect(load, []);
  useEffect(() => {
    if (view.kind !== 'ready' || !length || length === view.length) return;
    setView({ ...view, analysis: withSummaryLength(view.analysis, SUMMARY_SENTENCES[length]), length });
  }, [length, view]);
  return [view, load, reloadAndRead];
}
