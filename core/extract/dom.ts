/**
 * Small DOM helpers that work the same in browsers, linkedom and jsdom. Core code must not touch
 * browser globals such as `Node` or `window`, so node types are compared by number.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function tagName(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Text of a node with runs of whitespace collapsed to one space. */
export function normalizedText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lowercased class and id of an element, for name-based heuristics. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

/** Element children as an array (linkedom's live collections are not always iterable the same way). */
export function childElements(el: Element | Document): Element[] {
  return Array.from(el.children ?? []);
}

/** Every element below `root` in document order, without the root. */
export function descendants(root: Element | Document): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** Resolves `href` against `base`, returning null when it is not a valid absolute URL. */
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return null;
  }
}

/** Removes an element from its parent, if it has one. */
export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}
