import { browser } from 'wxt/browser';
import type { ReadResult } from './read-result';
import { reasonFromInjectionError, restrictedReason } from './restricted-pages';
import { isArticle, isRecord } from './validate';

export const READER_SCRIPT = '/content-scripts/reader.js';
const READ_TIMEOUT_MS = 20_000;

const failure = (code: Extract<ReadResult, { ok: false }>['error']['code'], message: string): ReadResult => ({
  ok: false,
  error: { code, message },
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

/**
 * Injects the reader script into a tab and returns its validated answer. The page is untrusted, so
 * the reply is checked field by field before anything uses it.
 */
export async function readTab(tabId: number): Promise<ReadResult> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return failure('no-tab', 'The tab was closed.');
  }
  const restricted = restrictedReason(url);
  if (restricted) return failure('restricted-page', restricted);

  let results: Array<{ result?: unknown }>;
  try {
    const injected = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] }),
      READ_TIMEOUT_MS,
    );
    if (injected === 'timeout') return failure('timeout', 'The page took too long to answer.');
    results = injected as Array<{ result?: unknown }>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonFromInjectionError(message);
    return reason ? failure('restricted-page', reason) : failure('injection-failed', message);
  }
  const reply = results[0]?.result;
  if (!isRecord(reply)) return failure('invalid-reply', 'The page gave no answer.');
  if (reply.ok === true && isArticle(reply.article) && typeof reply.extractMs === 'number') {
    return { ok: true, article: reply.article, extractMs: reply.extractMs };
  }
  if (reply.ok === false && isRecord(reply.error) && typeof reply.error.message === 'string') {
    return failure('extraction-failed', reply.error.message.slice(0, 500));
  }
  return failure('invalid-reply', 'The page gave an answer Lede could not use.');
}
