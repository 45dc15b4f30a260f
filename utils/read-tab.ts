import { browser } from 'wxt/browser';
import { extractSnapshot } from './extract-snapshot';
import { type ReadResult, readFailure } from './read-result';
import { reasonFromInjectionError, restrictedReason } from './restricted-pages';
import { validSnapshot } from './validate';

export const READER_SCRIPT = '/content-scripts/reader.js';
const READ_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

const TAB_GONE = 'The tab was closed or changed.';

/** False once the tab is closed or has moved to another page since Lede began reading it. */
const tabStillOn = (tabId: number, url: string | undefined) =>
  browser.tabs.get(tabId).then(
    (tab) => tab.url === url,
    () => false,
  );

/**
 * Injects the reader script into a tab, takes its snapshot of the page and extracts the article from it.
 * A tab that closes or navigates away meanwhile gives a plain "no-tab" answer, not an error.
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
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return readFailure('no-tab', 'The tab was closed.');
  }
  const restricted = restrictedReason(url);
  if (restricted) return readFailure('restricted-page', restricted);

  const outcome = await injection;
  if ('error' in outcome) {
    if (!(await tabStillOn(tabId, url))) return readFailure('no-tab', TAB_GONE);
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    const reason = reasonFromInjectionError(message);
    return reason ? readFailure('restricted-page', reason) : readFailure('injection-failed', message);
  }
  if (outcome.injected === 'timeout') return readFailure('timeout', 'The page took too long to answer.');
  const results = outcome.injected as Array<{ result?: unknown }>;
  const answer = results[0]?.result;
  // The reader script always answers; nothing at all means the page was torn down while it ran.
  if (answer === undefined || answer === null) return readFailure('no-tab', TAB_GONE);
  const reply = validSnapshot(answer);
  if (!reply) {
    // An answer that does not check out from a page that has since moved on: say the tab changed.
    if (!(await tabStillOn(tabId, url))) return readFailure('no-tab', TAB_GONE);
    return readFailure('invalid-reply', 'The page gave an answer Lede could not use.');
  }
  if ('message' in reply) return readFailure('extraction-failed', reply.message);
  return extractSnapshot(reply);
}
