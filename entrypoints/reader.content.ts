import { extractArticle } from '../core/extract/index';
import { handleMessages, isFromExtensionPage } from '../utils/messaging';
import { clearHighlights, highlightPassages } from '../utils/page-highlight';
import type { ReadResult } from '../utils/read-result';

/**
 * The reader script: injected on demand into the active tab (never declared for all pages), it
 * extracts the article from the live DOM and returns it to the background as plain data. It stays
 * to answer highlight requests from Lede's own pages while the tab lives.
 */

// Injected again on each popup opening; listeners are installed once per page.
const INSTALLED = Symbol.for('lede.reader.installed');

function installListeners(): void {
  const scope = globalThis as { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  handleMessages(
    {
      highlightInPage: ({ passages, focus, persist }) => ({
        found: highlightPassages(document, passages, focus, persist),
      }),
      clearHighlights: () => ({ cleared: clearHighlights(document) }),
    },
    // Only Lede's own extension pages may drive the reader; never other content scripts or pages.
    isFromExtensionPage,
  );
}

function read(): ReadResult {
  const started = performance.now();
  try {
    // A single-page app may have changed the article by history navigation: always read the live
    // document and the current location, never a cached copy.
    const article = extractArticle(document, { url: location.href });
    return { ok: true, article, extractMs: performance.now() - started };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'extraction-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

export default defineContentScript({
  registration: 'runtime',
  main(): ReadResult {
    installListeners();
    return read();
  },
});
