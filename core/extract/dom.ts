/**
 * Small DOM helpers that work the same in browsers, linkedom and jsdom. Core code must not touch
 * browser globals such as `Node` or `window`, so node types are compared by number.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Lower-case forms of the tag names seen (elements made by script, like Readability's, keep "DIV"). */
const LOWER_NAMES = new Map<string, string>();

/**
 * Lowercase tag name. Read from `localName`, which HTML parsers already store in lower case: on linkedom
 * `tagName` upper-cases it on every read, and the core asks for tag names on every node of a page.
 */
export function tagName(el: Element): string {
  const name = el.localName ?? el.tagName;
  // Nearly always lowercase ASCII already: a look at its few characters is cheaper than the table.
  let plain = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) {
      plain = false;
      break;
    }
  }
  if (plain) return name;
  let lower = LOWER_NAMES.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    // A page of made-up tag names cannot grow the table without bound.
    if (LOWER_NAMES.size < 1024) LOWER_NAMES.set(name, lower);
  }
  return lower;
}

/** `text` with runs of whitespace collapsed to one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lowercased letters and digits, every other run as one space: how two texts are compared as wording. */
export function squashText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text of a node with runs of whitespace collapsed to one space. */
export function normalizedText(node: Node | null | undefined): string {
  return collapseSpace(node?.textContent ?? '');
}

/** The share of `text` (an element's normalized text) that sits inside its links. */
export function linkShare(el: Element, text: string = normalizedText(el)): number {
  if (!text) return 0;
  let linkChars = 0;
  for (const a of elementsByTag(el, LINK_TAGS)) linkChars += normalizedText(a).length;
  return linkChars / text.length;
}

/** For elementsByTag: the links of an element. */
export const LINK_TAGS: ReadonlySet<string> = new Set(['a']);

/** Lowercased class and id of an element, for name-based heuristics. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

export const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Whether the element's class or id matches `pattern` (a name-based rule: furniture, captions). A
 * subheading's id made from its own words is left out: `<h2 id="h-what-is-social-shopping">What is Social
 * Shopping?</h2>` is not a social-media box.
 */
export function namedAs(el: Element, pattern: RegExp): boolean {
  if (!pattern.test(classAndId(el))) return false;
  const id = el.getAttribute('id');
  if (!id || !SUBHEADING_TAGS.has(tagName(el)) || !isOwnWordsAnchor(id, el)) return true;
  return pattern.test((el.getAttribute('class') ?? '').toLowerCase());
}

/** An id that spells the element's own text ("h-what-is-social-shopping"), as anchors for headings do. */
function isOwnWordsAnchor(id: string, el: Element): boolean {
  const tokens = id
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 3);
  if (tokens.length < 2) return false;
  const words = new Set(squashText(el.textContent ?? '').split(' '));
  return tokens.filter((t) => words.has(t)).length >= tokens.length * 0.8;
}

/** Element children as an array (linkedom's live collections are not always iterable the same way). */
export function childElements(el: Element | Document): Element[] {
  return Array.from(el.children ?? []);
}

/**
 * Every element below `root` in document order, without the root. For a page that is only read, the
 * rules that each search all of it (metadata looks for a dozen things) filter this one list instead of
 * walking the page again.
 */
export function descendants(root: Element | Document): Element[] {
  return elementsWhere(root, () => true);
}

/** The elements of `list` (every element of a page, in document order) that are below `el`. */
export function listedBelow(list: readonly Element[], el: Element): Element[] {
  const at = list.indexOf(el);
  if (at < 0) return [];
  let end = at + 1;
  while (end < list.length && el.contains(list[end] as Element)) end++;
  return list.slice(at + 1, end);
}

/**
 * The first of `elements` (every element of a page, in document order; see descendants) that passes
 * `test`, as `querySelector` would find it: not inside a `<template>`, whose content linkedom keeps in the
 * tree and its selector search skips. Searching the list costs far less than a selector on linkedom, which
 * compiles it on every call and walks the page again to match it.
 */
export function firstListed(elements: readonly Element[], test: (el: Element) => boolean): Element | null {
  for (const el of elements) if (test(el) && !insideTemplate(el)) return el;
  return null;
}

function insideTemplate(el: Element): boolean {
  for (let at = el.parentElement; at; at = at.parentElement) if (at.localName === 'template') return true;
  return false;
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

/**
 * `href` resolved against `base` when it is a web address (http or https); null for anything else,
 * `javascript:`, `data:` and `vbscript:` URLs above all, so that no consumer of the article sees them.
 */
export function webUrl(href: string | null | undefined, base?: string | null): string | null {
  const absolute = absoluteUrl(href, base);
  return absolute && /^https?:\/\//i.test(absolute) ? absolute : null;
}

/** Removes an element from its parent, if it has one. */
export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}

/**
 * Elements below `root` that satisfy `test`, in document order. A plain walk: on linkedom every
 * `querySelectorAll` compiles its selector again and matches it through a generic engine, which
 * dominates when a page is searched many times.
 */
export function elementsWhere(root: Element | Document, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (test(el)) found.push(el);
    el = el.firstElementChild ?? nextElementAfter(el, root);
  }
  return found;
}

/**
 * The next element in document order after `el`'s subtree, within `root`: nextAfter without the level
 * count, for the walks that visit every element of a page and would otherwise allocate a result per step.
 */
export function nextElementAfter(el: Element, root: Element | Document): Element | null {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    const sibling = at.nextElementSibling;
    if (sibling) return sibling;
    if (at.parentNode === root) break;
  }
  return null;
}

/** The next element in document order after `el`'s subtree, within `root`, and how many levels up it is. */
export function nextAfter(el: Element, root: Element | Document): { next: Element | null; up: number } {
  let up = 0;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement, up++) {
    const sibling = at.nextElementSibling;
    if (sibling) return { next: sibling, up };
    if (at.parentNode === root) break;
  }
  return { next: null, up };
}

const NON_SPACE = /\S/;
const CDATA_SECTION_NODE = 4;

/**
 * Whether any text below `node` is not white space: `textContent.trim() !== ''`, stopping at the first
 * such text instead of joining the whole subtree's text.
 */
export function hasNonSpaceText(node: Node): boolean {
  let at: Node | null = node.firstChild;
  while (at) {
    const type = at.nodeType;
    if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && NON_SPACE.test((at as CharacterData).data)) return true;
    at = (type === ELEMENT_NODE ? at.firstChild : null) ?? nextNodeAfter(at, node);
  }
  return false;
}

/** The next node in document order after `node`'s subtree, within `root`; null at the end of `root`. */
export function nextNodeAfter(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Whether an element has a class or an id: the ones name-based rules look at. */
export function hasName(el: Element): boolean {
  return el.hasAttribute('class') || el.hasAttribute('id');
}

/** Elements below `root` with a class or an id. */
export function namedElements(root: Element | Document): Element[] {
  return elementsWhere(root, hasName);
}

/** Elements below `root` whose lowercase tag name is in `tags`, in document order. */
export function elementsByTag(root: Element | Document, tags: ReadonlySet<string>): Element[] {
  return elementsWhere(root, (el) => tags.has(tagName(el)));
}

/** Every element that has one of `elements` below it (not the elements themselves, unless nested). */
export function ancestorsOf(elements: Element[]): Set<Element> {
  const ancestors = new Set<Element>();
  for (const el of elements) {
    for (let at = el.parentElement; at && !ancestors.has(at); at = at.parentElement) ancestors.add(at);
  }
  return ancestors;
}

/** Whether the element is, or is inside, a `pre` or `code` element (`closest('pre, code')` without a selector). */
export function insideCode(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const tag = tagName(at);
    if (tag === 'pre' || tag === 'code') return true;
  }
  return false;
}

const COMMENT_NODE = 8;

/**
 * A copy of `root` holding at most `limit` elements, in document order, without the subtrees `skip`
 * rejects (which do not count). Iterative, so any depth is fine. `cut` says whether the limit was hit.
 */
export function cloneWithin(
  root: Element,
  limit: number,
  skip: (el: Element) => boolean,
): { copy: Element; count: number; cut: boolean } {
  const copy = root.cloneNode(false) as Element;
  let count = 0;
  let cut = false;
  let source: Node | null = root.firstChild;
  let parent: Node = copy;
  while (source) {
    const type = source.nodeType;
    if (type === ELEMENT_NODE) {
      const el = source as Element;
      if (!skip(el)) {
        if (count >= limit) {
          cut = true;
          break;
        }
        count++;
        const clone = el.cloneNode(false);
        parent.appendChild(clone);
        const first = el.firstChild;
        if (first) {
          parent = clone;
          source = first;
          continue;
        }
      }
    } else if (type === TEXT_NODE || type === COMMENT_NODE) {
      parent.appendChild(source.cloneNode(false));
    }
    // Next: the sibling, else the sibling of the nearest ancestor that has one, stopping at the root.
    while (source && !source.nextSibling) {
      source = source.parentNode;
      if (!source || source === root) {
        source = null;
        break;
      }
      parent = parent.parentNode as Node;
    }
    if (source) source = source.nextSibling;
  }
  return { copy, count, cut };
}

/**
 * The page's `<body>`, without side effects: linkedom's `document.body` creates and inserts an empty body
 * when the element after `<head>` is not one (a stray `<script>` between them), which would change the
 * page. Null for a frameset page.
 */
export function bodyOf(doc: Document): HTMLElement | null {
  const html = doc.documentElement;
  for (let el = html?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (tagName(el) === 'body') return el as HTMLElement;
  }
  return null;
}
