/**
 * The page as the reader script hands it over: the live DOM serialized, so a single-page app's current
 * article is what Lede reads. Extraction runs in the extension on this copy (core/parse-html.ts), which
 * keeps the script injected into every page small and keeps page data out of any live page API.
 */

/** Past this many characters the snapshot is cut (a rare, enormous page); extraction says so. */
export const SNAPSHOT_MAX_CHARS = 8_000_000;

export interface PageSnapshot {
  html: string;
  url: string;
  /** The serialized page was longer than SNAPSHOT_MAX_CHARS and was cut. */
  truncated: boolean;
}

/** Never article text, and often most of a news page's weight. JSON-LD stays: it carries metadata. */
const DROPPED = 'script:not([type*="ld+json" i]), style, svg, template, object, embed, iframe, canvas';

/**
 * Serializes a copy of the page without what extraction throws away anyway. The copy lives in an inert
 * document (no browsing context), so nothing in it loads or runs, and the live page is never touched.
 */
export function slimCopy(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(root, true) as Element;
  for (const element of Array.from(copy.querySelectorAll(DROPPED))) element.remove();
  return copy.outerHTML;
}

export function takeSnapshot(doc: Document, url: string, maxChars = SNAPSHOT_MAX_CHARS): PageSnapshot {
  const html = slimCopy(doc);
  const truncated = html.length > maxChars;
  return { html: truncated ? html.slice(0, maxChars) : html, url, truncated };
}
