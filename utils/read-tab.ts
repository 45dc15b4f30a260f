import { browser } from 'wxt/browser';
import { extractSnapshot } from './extract-snapshot';
import { type ReadError, type ReadResult, readFailure } from './read-result';
import { reasonFromInjectionError, restrictedReason } from './restricted-pages';
import { validSnapshot } from './validate';

export const READER_SCRIPT = '/content-scripts/reader.js';
const READ_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

const TAB_GONE = 'The tab was closed or changed.';

const TAB_DISCARDED = 'The browser unloaded the tab to save memory.';

/** A failed read for a tab the browser has unloaded, naming the tab to reload. */
const discardedFailure = (tabId: number): { ok: false; error: ReadError } => ({
  ok: false,
  error: { code: 'tab-discarded', message: TAB_DISCARDED, tabId },
});

/**
 * Why a read that lost its page failed: the tab closed or moved on, or the browser unloaded it to save
 * memory. Chrome gives an unloaded tab a new id, so a tab gone by its id is looked for among the
 * unloaded tabs on the same address.
 */
async function lostTabFailure(tabId: number, url: string | undefined): Promise<{ ok: false; error: ReadError }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.discarded && tab.url === url) return discardedFailure(tabId);
  if (!tab && url) {
    const unloaded = await browser.tabs.query({ discarded: true }).catch(() => []);
    const replacement = unloaded.find((candidate) => candidate.url === url && candidate.id !== undefined);
    if (replacement?.id !== undefined) return discardedFailure(replacement.id);
  }
  return readFailure('no-tab', TAB_GONE);
}

/** False once the tab is closed, unloaded or has moved to another page since Lede began reading it. */
const tabStillOn = (tabId: number, url: string | undefined) =>
  browser.tabs.get(tabId).then(
    (tab) => tab.url === url && !tab.discarded,
    () => false,
  );

/**
 * Injects the reader script into a tab, takes its snapshot of the page and extracts the article from it.
 * A tab that closes or navigates away meanwhile gives a plain "no-tab" answer, not an error; a tab the
 * browser unloads to save memory, before or meanwhile, gives "tab-discarded" with the tab to reload.
 */
export async function readTab(tabId: number): Promise<ReadResult> {
  // The script is injected while the tab's address is asked for, not after: both wait on the browser,
  // which is busy opening the popup at that moment. A forbidden page refuses the script, and its
  // answer is not read; the address decides what the reader is told.
  const injection = withTimeout(
    browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] }),
    READ_TIMEOUT_MS,
  ).then(
    (injected) => ({ injected }),
    (error: unknown) => ({ error }),
  );
  let url: string | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    url = tab.url;
    // An unloaded tab has no page to run the script in; the reader is offered a reload instead.
    if (tab.discarded) return discardedFailure(tabId);
  } catch {
    return readFailure('no-tab', 'The tab was closed.');
  }
  const restricted = restrictedReason(url);
  if (restricted) return readFailure('restricted-page', restricted);

  const outcome = await injection;
  if ('error' in outcome) {
    if (!(await tabStillOn(tabId, url))) return lostTabFailure(tabId, url);
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    const reason = reasonFromInjectionError(message);
    return reason ? readFailure('restricted-page', reason) : readFailure('injection-failed', message);
  }
  if (outcome.injected === 'timeout') {
    if (!(await tabStillOn(tabId, url))) return lostTabFailure(tabId, url);
    return readFailure('timeout', 'The page took too long to answer.');
  }
  const results = outcome.injected as Array<{ result?: unknown }>;
  const answer = results[0]?.result;
  // The reader script always answers; nothing at all means the page was torn down while it ran.
  if (answer === undefined || answer === null) return lostTabFailure(tabId, url);
  const reply = validSnapshot(answer);
  if (!reply) {
    // An answer that does not check out from a page that has since moved on: say the tab changed.
    if (!(await tabStillOn(tabId, url))) return lostTabFailure(tabId, url);
    return readFailure('invalid-reply', 'The page gave an answer Lede could not use.');
  }
  if ('message' in reply) return readFailure('extraction-failed', reply.message);
  return extractSnapshot(reply);
}
