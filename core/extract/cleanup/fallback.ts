/**
 * A second opinion for when Readability picks a small box (a cookie notice, an app banner) over the
 * story: the element holding the most paragraph text, counting each paragraph for its parent in full
 * and for its grandparent by half, so the story's own wrapper wins over the whole page.
 */
import { countWords } from '../../text/words';
import { bodyOf, classAndId, linkShare, normalizedText, tagName } from '../dom';

export interface ParagraphContainer {
  element: Element;
  words: number;
}

const PARAGRAPHS = 'p, pre, li, h2, h3, blockquote, td';

/** Page chrome that can hold a lot of teaser text: never the story. */
const CHROME_NAME =
  /(?:^|[\s_-])(?:menu|nav|navbar|navigation|carousel|slider|slides?|promo|banner|header|footer|sidebar|modal|popup|drawer|megamenu|bar)(?=$|[\s_-])/;

export function bestParagraphContainer(doc: Document, limit = 20_000): ParagraphContainer | null {
  const scores = new Map<Element, number>();
  const words = new Map<Element, number>();
  const paragraphs = bodyOf(doc)?.querySelectorAll(PARAGRAPHS) ?? [];
  const count = Math.min(paragraphs.length, limit);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const text = normalizedText(p);
    const n = countWords(text);
    // Short items are menus and link lists; paragraphs of prose carry the weight.
    if (text.length < 40 && tagName(p) !== 'p') continue;
    if (text.length === 0 || linkShare(p, text) > 0.5) continue;
    const weight = text.length * (tagName(p) === 'p' ? 1 : 0.6);
    const parent = climbToBlock(p.parentElement);
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + weight);
    words.set(parent, (words.get(parent) ?? 0) + n);
    const grand = climbToBlock(parent.parentElement);
    if (grand) {
      scores.set(grand, (scores.get(grand) ?? 0) + weight / 2);
      words.set(grand, (words.get(grand) ?? 0) + n);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [element] of ranked) {
    if (!insideChrome(element)) return { element, words: words.get(element) ?? 0 };
  }
  return null;
}

function insideChrome(el: Element): boolean {
  for (let current: Element | null = el; current && tagName(current) !== 'body'; current = current.parentElement) {
    const tag = tagName(current);
    // Inside the page's article or main region, a "…-with-sidebar" layout class is not chrome.
    if (tag === 'article' || tag === 'main') return false;
    if (/^(?:nav|header|footer|aside)$/.test(tag) || isChromeName(current)) return true;
  }
  return false;
}

/** A class or id token naming chrome ("vims-primary-bar__menu"), not a layout around the story ("main-with-sidebar"). */
function isChromeName(el: Element): boolean {
  return classAndId(el)
    .split(/\s+/)
    .some((token) => token && !/main|content|article|with|body|post|story/.test(token) && CHROME_NAME.test(token));
}

/** Lists, list items and quotes are part of a paragraph's block; their container is the story's wrapper. */
function climbToBlock(el: Element | null): Element | null {
  let current = el;
  while (current && /^(?:ul|ol|li|blockquote|tbody|thead|tr|table|span|a|em|strong|b|i|font)$/.test(tagName(current))) {
    current = current.parentElement;
  }
  return current;
}
