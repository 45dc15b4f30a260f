/**
 * Prepares the cloned page for Readability: removes what can never be article text (scripts, styles,
 * hidden elements, page furniture by class name and ARIA role) and enforces the node budget, so that a
 * 20 MB page or one with 100,000 nodes still ends quickly with a result.
 */
import { FURNITURE_NAME, noteKindOf } from './cleanup/vocabulary';
import { classAndId, detach, normalizedText, tagName } from './dom';

/** Readability's passes are roughly linear in elements; past this, extraction reads the page start only. */
export const MAX_ELEMENTS = 25_000;

const NEVER_TEXT = 'script, style, template, noscript, iframe, object, embed, svg, canvas, link, source, track, dialog';
const HIDDEN =
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'complementary',
]);

/** Words of text below an element, counted cheaply. */
function wordCount(el: Element): number {
  return normalizedText(el).split(' ').filter(Boolean).length;
}

/** Never removed by name: the page frame, and inline elements (a "comment" span in code is syntax highlighting). */
export const KEEP_TAGS = new Set([
  'html',
  'body',
  'article',
  'main',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'code',
  'small',
  'time',
  'abbr',
  'sup',
  'sub',
  'mark',
  'cite',
  'q',
  'img',
  'pre',
  'td',
  'th',
  'tr',
  'tbody',
  'table',
]);

export interface PruneResult {
  truncated: boolean;
  elementCount: number;
}

export function prunePage(doc: Document): PruneResult {
  for (const el of Array.from(doc.querySelectorAll(NEVER_TEXT))) detach(el);
  for (const el of Array.from(doc.querySelectorAll(HIDDEN))) {
    // Streaming server rendering (React's <div hidden id="S:0"> under <body>) parks the real content in
    // hidden top-level blocks that a script moves into place; in a saved page they are the story.
    if (el.parentElement === doc.body && el.hasAttribute('hidden')) el.removeAttribute('hidden');
    else detach(el);
  }

  const elements = Array.from(doc.body?.querySelectorAll('*') ?? []);
  let truncated = false;
  if (elements.length > MAX_ELEMENTS) {
    truncated = true;
    // Keep the start of the page, where the article almost always is; drop the rest in document order.
    for (const el of elements.slice(MAX_ELEMENTS)) {
      if (el.parentNode) detach(el);
    }
  }
  removeFurniture(doc);
  return { truncated, elementCount: Math.min(elements.length, MAX_ELEMENTS) };
}

/** Boilerplate named by role or class/id: short blocks only, so a wrapper around the article is never lost. */
function removeFurniture(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[role], [class], [id], nav, aside'))) {
    if (!el.parentNode) continue;
    const tag = tagName(el);
    if (KEEP_TAGS.has(tag) || el.closest('pre, code')) continue;
    const role = el.getAttribute('role')?.toLowerCase() ?? '';
    const byRole = FURNITURE_ROLES.has(role) || tag === 'nav';
    const byName = FURNITURE_NAME.test(classAndId(el));
    if (!byRole && !byName && tag !== 'aside') continue;
    const limit = byRole ? 150 : 60;
    const words = wordCount(el);
    if (words > limit || el.querySelector('article, main, [itemprop="articleBody"]')) continue;
    // Context lines ("Follow X on Twitter", a licensing footer) stay for the notes; cleanup moves them later.
    if (!byRole && words <= 120 && noteKindOf(normalizedText(el))) continue;
    detach(el);
  }
}
