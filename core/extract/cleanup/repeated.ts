/**
 * Short texts that occur more than once in the page ("Advertisement", "Share", a teaser repeated in the
 * sidebar): strong evidence of furniture when such a text also shows up as a body block.
 */
import { bodyOf, ELEMENT_NODE, nextNodeAfter, squashText, TEXT_NODE, tagName } from '../dom';

const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** Counts text nodes of the body (cheap: no per-element textContent), keeping those seen twice or more. */
export function repeatedTexts(doc: Document, maxNodes = 60_000): Set<string> {
  const counts = new Map<string, number>();
  const body = bodyOf(doc);
  if (!body) return new Set();
  // Document order by sibling pointers: no child list is built per element.
  let node: Node | null = body;
  let visited = 0;
  while (node && visited < maxNodes) {
    visited++;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.length >= 2 && value.length <= 200) {
        // Keyed as judgeBlocks looks them up (squashText of a block's text).
        const key = squashText(value);
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = !SKIP.has(tagName(node as Element));
    }
    node = (descend ? node.firstChild : null) ?? nextNodeAfter(node, body);
  }
  const repeated = new Set<string>();
  for (const [text, count] of counts) if (count >= 2) repeated.add(text);
  return repeated;
}
