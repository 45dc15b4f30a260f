import { extractArticle } from '../core/extract/index';
import { parseHtml } from '../core/parse-html';
import type { PageSnapshot } from './page-snapshot';
import { type ReadResult, readFailure } from './read-result';

/** Parses and extracts the reader script's snapshot: the same code the CLI runs on a saved page. */
export function extractSnapshot(snapshot: PageSnapshot): ReadResult {
  const started = performance.now();
  try {
    const article = extractArticle(parseHtml(snapshot.html, snapshot.url), { url: snapshot.url });
    if (snapshot.truncated) article.signals.truncated = true;
    return { ok: true, article, extractMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return readFailure('extraction-failed', message.slice(0, 500));
  }
}
