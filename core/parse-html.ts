/**
 * HTML to `Document`, the same everywhere Lede extracts: the extension's background (on the snapshot the
 * reader script takes of the page), the CLI, evals and tests. linkedom, chosen by measurement on Readability's 130
 * test pages (npm run eval:extract -- --data … [--dom jsdom]): the same shingle F1 (0.982 both), but
 * parsing took a median 7 ms against jsdom's 130 ms and the whole extraction 76 ms against 307 ms; jsdom's
 * CSS parser also threw on one page. linkedom is plain JavaScript: it runs in a service worker, which
 * has no DOMParser, and it never runs the page's scripts or fetches anything.
 */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string, url?: string): Document {
  // linkedom needs a root element; a page without <html> or <body> still parses into one.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (url) {
    // linkedom leaves URL at about:blank; pages' relative links and dates in the URL need the real one.
    for (const key of ['URL', 'documentURI'] as const) {
      Object.defineProperty(document, key, { value: url, configurable: true });
    }
  }
  return document as unknown as Document;
}
