/**
 * A second opinion for when Readability picks a small box (a cookie notice, an app banner) over the
 * story: the element holding the most paragraph text, counting each paragraph for its parent in full
 * and for its grandparent by half, so the story's own wrapper wins over the whole page.
 */
import { normalizedText, tagName } from '../dom';

export interface ParagraphContainer {
  element: Element;
  words: number;
}

// Prose only: list items and cells are as often menus, carousels and link lists as story text.
const PARAGRAPHS = 'p, pre, blockquote';

export function bestParagraphContainer(doc: Document, limit = 20_000): ParagraphContainer | null {
  const scores = new Map<Element, number>();
  const words = new Map<Element, number>();
  const paragraphs = doc.body?.querySelectorAll(PARAGRAPHS) ?? [];
  const count = Math.min(paragraphs.length, limit);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const text = normalizedText(p);
    const n = text.split(' ').length;
    // Short lines are labels and buttons; paragraphs of prose carry the weight.
    if (text.length < 40) continue;
    const linkText = Array.from(p.querySelectorAll('a')).reduce((sum, a) => sum + normalizedText(a).length, 0);
    if (text.length === 0 || linkText / text.length > 0.5) continue;
    const weight = text.length;
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
  let best: ParagraphContainer | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      bestScore = score;
      best = { element, words: words.get(element) ?? 0 };
    }
  }
  return best;
}

/** Lists, list items and quotes are part of a paragraph's block; their container is the story's wrapper. */
function climbToBlock(el: Element | null): Element | null {
  let current = el;
  while (current && /^(?:ul|ol|li|blockquote|tbody|thead|tr|table|span|a|em|strong|b|i|font)$/.test(tagName(current))) {
    current = current.parentElement;
  }
  return current;
}
