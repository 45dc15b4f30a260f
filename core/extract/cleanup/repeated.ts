/**
 * Short texts that occur more than once in the page ("Advertisement", "Share", a teaser repeated in the
 * sidebar): strong evidence of furniture when such a text also shows up as a body block.
 */
import { TEXT_NODE } from '../dom';

const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Counts text nodes of the body (cheap: no per-element textContent), keeping those seen twice or more. */
export function repeatedTexts(doc: Document, maxNodes = 60_000): Set<string> {
  const counts = new Map<string, number>();
  const body = doc.body;
  if (!body) return new Set();
  const stack: Node[] = [body];
  let visited = 0;
  while (stack.length && visited < maxNodes) {
    const node = stack.pop() as Node;
    visited++;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.length < 2 || value.length > 200) continue;
      const key = squash(value);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      continue;
    }
    const name = (node as Element).tagName?.toLowerCase();
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  const repeated = new Set<string>();
  for (const [text, count] of counts) if (count >= 2) repeated.add(text);
  return repeated;
}
