/**
 * Prepares the cloned page for Readability: removes what can never be article text (scripts, styles,
 * hidden elements, page furniture by class name and ARIA role) and enforces the node budget, so that a
 * 20 MB page or one with 100,000 nodes still ends quickly with a result.
 */
import { FURNITURE_NAME, noteKindOf } from './cleanup/vocabulary';
import {
  ancestorsOf,
  bodyOf,
  childElements,
  classAndId,
  cloneWithin,
  descendants,
  detach,
  ELEMENT_NODE,
  elementsWhere,
  insideCode,
  isElement,
  linkShare,
  namedAs,
  nextAfter,
  nextElementAfter,
  normalizedText,
  SUBHEADING_TAGS,
  TEXT_NODE,
  tagName,
} from './dom';
import { placeStreamedSegments } from './streamed';

/** Readability's passes are roughly linear in elements; past this, extraction reads the page start only. */
export const MAX_ELEMENTS = 25_000;

const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'link',
  'source',
  'track',
  'dialog',
]);
const HIDDEN_STYLES = ['display:none', 'display: none', 'visibility:hidden', 'visibility: hidden'];
/**
 * An inline style that parks the element a thousand pixels or more off the screen (`left:-9999px`,
 * `text-indent:-9999px`): honeypot form fields, tracking frames, logo text, and link spam injected into
 * hacked sites. A reader never sees it, so it is never story text.
 */
const OFF_SCREEN_STYLE =
  /(?:^|[;\s])(?:left|right|top|bottom|text-indent)\s*:\s*-\s*\d{4,}(?:\.\d+)?\s*(?:px)?\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Below this many levels under `<body>`, elements are unwrapped (their content moves up to this level):
 * real pages stay far above it, and a page nested thousands of levels deep would make Readability's
 * per-node ancestor and descendant passes quadratic and the block walker's recursion overflow the stack.
 */
export const MAX_DEPTH = 200;

/** Characters of body text Readability is given; a long feature has a tenth of this. */
export const MAX_TEXT = 1_000_000;
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
  /** Elements past the node budget, or text past the text budget, were dropped. */
  truncated: boolean;
  /** Text past MAX_TEXT was dropped. */
  textCut: boolean;
  /** Elements deeper than MAX_DEPTH were unwrapped. */
  flattened: boolean;
  elementCount: number;
  /** The h2-h6 elements kept, in document order (Readability's run looks at their names). */
  subheadings: Element[];
  /** The h1 elements kept, in document order (./lead looks for the headline among them). */
  headlines: Element[];
  /** Elements kept whose class or id says "header" (Readability's run looks at what they hold). */
  headerNamed: Element[];
  /** No element of `tags` is left below `root`, the document element pruning walked (see ./readability). */
  cleared: { root: Element; tags: ReadonlySet<string> } | null;
}

/** Hidden by an attribute or by `style`, the element's style attribute (read once by the walk). */
function isHidden(el: Element, style: string | null): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return !!style && HIDDEN_STYLES.some((s) => style.includes(s));
}

/** Placed off the screen by its own style (OFF_SCREEN_STYLE); never revealed as a folded panel is. */
function isOffScreen(style: string | null): boolean {
  return !!style && style.includes('-') && OFF_SCREEN_STYLE.test(style);
}

const namedHeader = (el: Element): boolean =>
  !!(
    el.getAttribute('class')?.toLowerCase().includes('header') ||
    el.getAttribute('id')?.toLowerCase().includes('header')
  );

/**
 * Names of a panel that folds story text away until the reader opens it: an accordion, an FAQ answer. A
 * panel right after a button that says whether it is open (aria-expanded) is one too.
 */
const COLLAPSIBLE_NAME =
  /(?:^|[\s_-])(?:collapse|collapsed|collapsible|accordion|faq|expandable|expander|rah|spoiler)(?=$|[\s_-])/;
/** Words of prose that make a folded panel part of the story rather than a folded menu. */
const COLLAPSED_TEXT_WORDS = 25;

/**
 * A panel the page folds away (an FAQ answer, a "read more" section): the text is the story's, shown on a
 * click, and the ground a reader stands on is the whole story. Menus folded the same way are links.
 */
function isCollapsedText(el: Element): boolean {
  // The text first: most hidden elements are icons and empty dialogs, and this test is the cheapest.
  const text = normalizedText(el);
  if (text.split(' ').length < COLLAPSED_TEXT_WORDS) return false;
  if (!COLLAPSIBLE_NAME.test(classAndId(el)) && !afterDisclosureButton(el)) return false;
  return linkShare(el, text) < 0.3;
}

/** The accessible disclosure pattern: a button that says whether it is open (aria-expanded) just before the panel. */
function afterDisclosureButton(el: Element): boolean {
  const before = el.previousElementSibling;
  if (!before) return false;
  if (before.hasAttribute('aria-expanded')) return true;
  return elementsWhere(before, (inner) => inner.hasAttribute('aria-expanded')).length > 0;
}

/** Unfolds a panel: what hid it goes, so that Readability sees it too. */
function reveal(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
}

interface WalkState {
  body: Element | null;
  count: number;
  counting: boolean;
  truncated: boolean;
  flattened: boolean;
  subheadings: Element[];
  headlines: Element[];
  headerNamed: Element[];
  /** Every element the walks kept, in document order. */
  kept: Element[];
}

/** One pass over `root`'s descendants: drops never-text and hidden elements, enforces the budgets. */
function pruneWalk(root: Element, state: WalkState): void {
  let el: Element | null = root.firstElementChild;
  let depth = 1;
  while (el) {
    const tag = tagName(el);
    const style = el.getAttribute('style');
    let remove = NEVER_TEXT.has(tag) || isOffScreen(style);
    if (!remove && isHidden(el, style)) {
      // Streaming server rendering (React's <div hidden id="S:0"> under <body>) parks the real content in
      // hidden top-level blocks that a script moves into place (./streamed puts those whose place it finds);
      // in a saved page they are the story.
      if (isCollapsedText(el)) reveal(el);
      else if (el.parentElement === state.body && el.hasAttribute('hidden')) el.removeAttribute('hidden');
      else remove = true;
    }
    if (!remove && depth > MAX_DEPTH && el.firstElementChild) {
      // Too deep: the element's content takes its place, at this depth.
      state.flattened = true;
      const first = el.firstChild as ChildNode;
      const parent = el.parentNode as ParentNode & Node;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      const { next, up } = nextAfter(el, root);
      detach(el);
      if (isElement(first) && first.parentNode === parent) el = first;
      else {
        // The content started with text: continue at the first element that moved up, if any.
        let sibling: Node | null = first;
        while (sibling && !isElement(sibling)) sibling = sibling.nextSibling;
        if (sibling && isElement(sibling)) el = sibling;
        else {
          el = next;
          depth -= up;
        }
      }
      continue;
    }
    if (!remove && state.counting && ++state.count > MAX_ELEMENTS) {
      // Keep the start of the page, where the article almost always is; drop the rest in document order.
      state.truncated = true;
      remove = true;
    }
    if (!remove) state.kept.push(el);
    if (!remove && SUBHEADING_TAGS.has(tag)) state.subheadings.push(el);
    else if (!remove && tag === 'h1') state.headlines.push(el);
    if (!remove && namedHeader(el)) state.headerNamed.push(el);
    const child = remove ? null : el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    const { next, up } = nextAfter(el, root);
    if (remove) detach(el);
    el = next;
    depth -= up;
  }
}

export function prunePage(doc: Document): PruneResult {
  placeStreamedSegments(doc);
  const body = bodyOf(doc);
  const state: WalkState = {
    body,
    count: 0,
    counting: false,
    truncated: false,
    flattened: false,
    subheadings: [],
    headlines: [],
    headerNamed: [],
    kept: [],
  };
  const top = doc.documentElement;
  if (top) {
    for (const section of childElements(top)) {
      if (NEVER_TEXT.has(tagName(section))) {
        detach(section);
        continue;
      }
      state.kept.push(section);
      state.counting = section === body;
      pruneWalk(section, state);
    }
  }
  const textCut = !!body && cutText(body);
  // Cutting the text removes elements the walks kept; the page is then listed again.
  removeFurniture(textCut ? descendants(doc) : pageElements(doc, top, state.kept));
  return {
    truncated: state.truncated || textCut,
    textCut,
    flattened: state.flattened,
    elementCount: Math.min(state.count, MAX_ELEMENTS),
    subheadings: state.subheadings,
    headlines: state.headlines,
    headerNamed: state.headerNamed,
    cleared: top ? { root: top, tags: NEVER_TEXT } : null,
  };
}

/** Past this many elements, extraction reads a copy of the start of the page instead of the page. */
export const VIEW_LIMIT = MAX_ELEMENTS + 5_000;

/**
 * The page as extraction reads it: the page itself, or for a huge page (a million nodes) a copy of its
 * start, head whole and body up to VIEW_LIMIT elements, so that every later pass costs what it costs on
 * an ordinary page. `cut` says the copy left elements out.
 */
export function pageView(doc: Document): { view: Document; cut: boolean; elements: Element[] } {
  const body = bodyOf(doc);
  const html = doc.documentElement;
  if (!body || !html) return { view: doc, cut: false, elements: descendants(doc) };
  const elements = elementsUnlessHuge(doc, body);
  if (elements) return { view: doc, cut: false, elements };
  const view = doc.cloneNode(false) as Document;
  const htmlCopy = html.cloneNode(false);
  view.appendChild(htmlCopy);
  let cut = false;
  for (let child = html.firstChild; child; child = child.nextSibling) {
    if (child === body) {
      const within = cloneWithin(body, VIEW_LIMIT, () => false);
      htmlCopy.appendChild(within.copy);
      cut = within.cut;
    } else htmlCopy.appendChild(child.cloneNode(true));
  }
  for (const key of ['URL', 'documentURI'] as const) {
    if (doc[key] !== view[key]) Object.defineProperty(view, key, { value: doc[key], configurable: true });
  }
  return { view, cut, elements: descendants(view) };
}

/**
 * Every element of `doc` in document order (descendants), or null as soon as more than VIEW_LIMIT of them
 * are below `body`: one walk both tells an ordinary page from a huge one and lists an ordinary page's
 * elements, which extraction needs next. `body`'s descendants are the elements walked after it and before
 * the first element after its subtree.
 */
function elementsUnlessHuge(doc: Document, body: Element): Element[] | null {
  const found: Element[] = [];
  let bodyAt = -1;
  let afterBody: Element | null = null;
  let el: Element | null = doc.firstElementChild;
  while (el) {
    if (bodyAt >= 0 && el === afterBody) bodyAt = -1;
    found.push(el);
    if (el === body) {
      bodyAt = found.length;
      afterBody = nextElementAfter(body, doc);
    } else if (bodyAt >= 0 && found.length - bodyAt > VIEW_LIMIT) return null;
    el = el.firstElementChild ?? nextElementAfter(el, doc);
  }
  return found;
}

/**
 * Cuts the body after MAX_TEXT characters of text: a page with megabytes of text in a few thousand
 * paragraphs stays inside the node budget but would cost Readability seconds per pass.
 */
function cutText(body: Element): boolean {
  if ((body.textContent ?? '').length <= MAX_TEXT) return false;
  let total = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      total += value.length;
      if (total > MAX_TEXT) {
        node.nodeValue = value.slice(0, Math.max(0, value.length - (total - MAX_TEXT)));
        // Everything after this text node goes: its following siblings, and those of each ancestor.
        for (let at: Node | null = node; at && at !== body; at = at.parentNode) {
          while (at.nextSibling) detach(at.nextSibling);
        }
        return true;
      }
    }
    const first: Node | null = node.nodeType === ELEMENT_NODE ? node.firstChild : null;
    if (first) {
      node = first;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = node && node !== body ? node.nextSibling : null;
  }
  return false;
}

/** `article, main, [itemprop="articleBody"]`. */
function holdsStoryItself(el: Element): boolean {
  const tag = tagName(el);
  return tag === 'article' || tag === 'main' || el.getAttribute('itemprop') === 'articleBody';
}

/** `[role], [class], [id], nav, aside`: what the furniture rules below look at. */
function mayBeFurniture(el: Element): boolean {
  const tag = tagName(el);
  return (
    tag === 'nav' || tag === 'aside' || el.hasAttribute('role') || el.hasAttribute('class') || el.hasAttribute('id')
  );
}

/**
 * Every element of the pruned page in document order, as `descendants(doc)` would list it, without walking
 * it again: the elements beside `top` (after `</html>`) with theirs, `top`, and what the walks kept below it.
 */
function pageElements(doc: Document, top: Element | null, keptBelowTop: readonly Element[]): Element[] {
  const list: Element[] = [];
  for (let el = doc.firstElementChild; el; el = el.nextElementSibling) {
    list.push(el);
    for (const below of el === top ? keptBelowTop : descendants(el)) list.push(below);
  }
  return list;
}

/**
 * Boilerplate named by role or class/id: short blocks only, so a wrapper around the article is never lost.
 * `elements`: every element of the page, in document order.
 */
function removeFurniture(elements: readonly Element[]): void {
  const story: Element[] = [];
  const candidates = elements.filter((el) => {
    if (holdsStoryItself(el)) story.push(el);
    return mayBeFurniture(el);
  });
  const holdsStory = ancestorsOf(story);
  for (const el of candidates) {
    if (!el.parentNode) continue;
    const tag = tagName(el);
    if (KEEP_TAGS.has(tag)) continue;
    const role = el.getAttribute('role')?.toLowerCase() ?? '';
    const byRole = FURNITURE_ROLES.has(role) || tag === 'nav';
    const byName = !byRole && namedAs(el, FURNITURE_NAME);
    if (!byRole && !byName && tag !== 'aside') continue;
    if (holdsStory.has(el) || insideCode(el)) continue;
    const limit = byRole ? 150 : 60;
    const words = wordCount(el);
    if (words > limit) continue;
    // Context lines ("Follow X on Twitter", a licensing footer) stay for the notes; cleanup moves them later.
    if (!byRole && words <= 120 && noteKindOf(normalizedText(el))) continue;
    detach(el);
  }
}
