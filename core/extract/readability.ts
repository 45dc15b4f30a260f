/**
 * One run of Mozilla Readability that yields two results: the usual one ("strict"), and the one a run
 * without conditional cleaning would have given ("loose", which keeps tables and lists that belong to
 * the story). Conditional cleaning is the only difference between the two runs, and it runs last in
 * Readability's preparation of each attempt, so instead of removing what it condemns, the run parks each
 * condemned element behind an empty placeholder. The strict result is the article with the placeholders;
 * the loose one puts the parked elements back, attempt by attempt, with Readability's own length rule
 * for when to stop retrying.
 *
 * The run also notes where each attempt's article was taken from (see recordOrigins), so that a story
 * cut into sections can get the sections beside Readability's pick (./sections).
 *
 * Readability's helpers are also given a tag walker in place of `querySelectorAll(tags)`: on linkedom a
 * selector is compiled on every call, and Readability calls it for every candidate node. The overrides
 * touch Readability's private methods, so each one is used only when the method it wraps exists.
 */
import { Readability } from '@mozilla/readability';
import { CUT_OFF_EXCERPT } from './cleanup/vocabulary';
import { DOCUMENT_NODE, ELEMENT_NODE, elementsByTag, hasNonSpaceText, linkShare, normalizedText, tagName } from './dom';

export type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability's flag for removing link- and image-heavy tables, lists and divs after choosing the story. */
const CLEAN_CONDITIONALLY = 0x4;
/** Readability's default minimum article length, below which it retries with fewer flags. */
const CHAR_THRESHOLD = 500;
const PLACEHOLDER = 'lede-parked';

interface Parked {
  placeholder: Element;
  node: Element;
  restored: boolean;
}

interface Attempt {
  content: Element;
  parked: Parked[];
}

type RemoveNodes = (list: ArrayLike<Element>, filter?: (node: Element, i: number, list: unknown) => boolean) => void;

/** The private parts of Readability 0.6 this module relies on; each is checked before use. */
interface Internals {
  _flags: number;
  _prepArticle?: (content: Element) => void;
  _cleanConditionally?: (e: Element, tag: string) => void;
  _removeNodes?: RemoveNodes;
  _getAllNodesWithTag?: (node: Element | Document, tags: string[]) => ArrayLike<Element>;
  _flagIsActive?: (flag: number) => boolean;
  _isProbablyVisible?: (node: Element) => boolean;
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent?: (node: Element) => boolean;
  REGEXPS?: { byline?: RegExp; unlikelyCandidates?: RegExp; okMaybeItsACandidate?: RegExp };
  _doc?: Document;
  _unwrapNoscriptImages?: (doc: Document) => void;
  _removeScripts?: (doc: Document) => void;
  _prepDocument?: () => void;
  /** Read by the patched Readability (scripts/patch-dependencies.mjs): the page's body made again for a retry. */
  _pageAgain?: () => Element;
}

/** What prunePage lists as it walks, which the run looks at before Readability starts. */
export interface Listed {
  subheadings: readonly Element[];
  headerNamed: readonly Element[];
  cleared?: { root: Element; tags: ReadonlySet<string> } | null;
}

/** A new pruned copy of the page Readability is given, with what pruning listed in it. */
export type PageAgain = () => { doc: Document; listed: Listed };

/** Where Readability took an article's first element from: its parent, and the parent's children then. */
export interface Origin {
  parent: Element;
  children: Element[];
}

export interface ReadabilityResult<M> {
  strict: Parsed;
  /** The origin of each result's content element (strict and loose), when it was recorded. */
  origins: Map<Element, Origin>;
  /** `measure` of the strict article, taken before anything was put back. */
  strictMeasure: M | null;
  /** The article as a run without conditional cleaning would have chosen it; null when it equals strict. */
  loose: Element | null;
  /** Makes `strict.content` the strict article again (removes what `loose` put back); call before using it. */
  useStrict(): void;
}

const proto = Readability.prototype as unknown as Internals;

/** Readability's own text length measure: trimmed text with runs of whitespace as one character. */
function innerTextLength(el: Element): number {
  return (el.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$)/i;

/**
 * Readability's visibility test, reading the style attribute instead of `element.style` (which linkedom
 * builds by parsing the attribute on every access). The page is detached: there is no layout to ask.
 */
function isProbablyVisible(node: Element): boolean {
  const style = node.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return false;
  if (node.hasAttribute('hidden')) return false;
  if (node.getAttribute('aria-hidden') !== 'true') return true;
  const className = node.getAttribute('class');
  return !!className && className.includes('fallback-image');
}

/** Readability's furniture test on class and id names, or null when its patterns are not as expected. */
function namePatterns(regexps: Internals['REGEXPS']): { unlikely: RegExp; ok: RegExp } | null {
  const unlikely = regexps?.unlikelyCandidates;
  const ok = regexps?.okMaybeItsACandidate;
  if (!(unlikely instanceof RegExp) || !(ok instanceof RegExp) || unlikely.global || ok.global) return null;
  return { unlikely, ok };
}

/** Class and id, as Readability reads them for its furniture test. */
const namesOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Takes the names off an element, so that Readability's furniture test passes it by. */
function dropNames(el: Element): void {
  el.removeAttribute('class');
  el.removeAttribute('id');
}

/**
 * Readability drops every element whose class or id looks like furniture, headings included, so a
 * story's subheadings marked up as anchors ("header-anchor-post") vanished from the text. A subheading
 * loses such names before the run; the containers around it are still judged by theirs.
 */
function exemptHeadings(subheadings: readonly Element[], patterns: { unlikely: RegExp; ok: RegExp }): void {
  for (const heading of subheadings) {
    const names = namesOf(heading);
    if (patterns.unlikely.test(names) && !patterns.ok.test(names)) dropNames(heading);
  }
}

/**
 * Whether an element holds a paragraph of prose: HEADER_PROSE_WORDS words or more, mostly not links, and
 * not cut off with an ellipsis (the teaser of an author's bio or of another story).
 */
function holdsProse(el: Element): boolean {
  for (const p of elementsByTag(el, PARAGRAPH)) {
    const text = normalizedText(p);
    if (text.split(' ').length >= HEADER_PROSE_WORDS && !CUT_OFF_EXCERPT.test(text) && linkShare(p, text) < 0.3)
      return true;
  }
  return false;
}

const PARAGRAPH = new Set(['p']);
/** Words of a paragraph that make a "header" the story's own header, with its intro, rather than the page's. */
const HEADER_PROSE_WORDS = 35;

/**
 * Readability drops every element named like a page header, and a listicle's own header ("listicle-header")
 * holds its title, standfirst and intro: the intro vanished. An element named so only for "header" that
 * holds a paragraph of prose loses its names before the run; a site header (links, a logo) keeps them.
 */
function exemptProseHeaders(named: readonly Element[], { unlikely, ok }: { unlikely: RegExp; ok: RegExp }): void {
  for (const el of named) {
    if (!el.parentNode) continue;
    const names = namesOf(el);
    if (!unlikely.test(names) || ok.test(names) || unlikely.test(names.replace(/header/gi, ''))) continue;
    if (holdsProse(el)) dropNames(el);
  }
}

function restore(attempt: Attempt): void {
  for (const entry of attempt.parked) {
    const parent = entry.placeholder.parentNode;
    if (!parent || entry.restored) continue;
    parent.replaceChild(entry.node, entry.placeholder);
    entry.restored = true;
  }
}

function unrestore(attempt: Attempt): void {
  for (const entry of attempt.parked) {
    if (!entry.restored) continue;
    entry.node.parentNode?.replaceChild(entry.placeholder, entry.node);
    entry.restored = false;
  }
}

function dropPlaceholders(root: Element): void {
  for (const el of elementsByTag(root, new Set([PLACEHOLDER]))) el.parentNode?.removeChild(el);
}

/**
 * Readability builds each attempt's article in a new div and moves the chosen elements into it, the top
 * candidate's siblings in page order. Noting, for every div made during the run, the parent its first
 * element came from (and that parent's children then) lets the caller look beside the pick afterwards.
 */
function recordOrigins(doc: Document): { map: Map<Element, Origin>; stop(): void } {
  const map = new Map<Element, Origin>();
  // The divs given a recording appendChild, which loses it again when the run ends.
  const patched: Element[] = [];
  const owner = doc as Document & { createElement: Document['createElement'] };
  const create = owner.createElement;
  owner.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
    const el = create.call(this, name, options) as Element;
    if (name.toUpperCase() !== 'DIV') return el;
    patched.push(el);
    const append = el.appendChild;
    el.appendChild = function <T extends Node>(this: Element, child: T): T {
      const parent = child.parentNode;
      if (!map.has(el) && parent && parent.nodeType === ELEMENT_NODE) {
        map.set(el, { parent: parent as Element, children: Array.from((parent as Element).children) });
      }
      return append.call(this, child) as T;
    };
    return el;
  } as Document['createElement'];
  return {
    map,
    stop: () => {
      delete (owner as { createElement?: unknown }).createElement;
      if (owner.createElement !== create) owner.createElement = create;
      for (const el of patched) delete (el as { appendChild?: unknown }).appendChild;
    },
  };
}

function isSubset(tags: ReadonlySet<string>, of: ReadonlySet<string>): boolean {
  for (const tag of tags) if (!of.has(tag)) return false;
  return true;
}

/**
 * `elementsByTag(node, tags)` for tags of which no element is left below `root` (pruning took them all
 * out, and Readability makes none), while `root` is still the document element: Readability searches for
 * scripts, styles, frames and embeds over the whole page and again in each attempt's article, and each
 * search walked all of it to find nothing. What is outside `root` is searched: elements a page puts after
 * its `</html>`, which the parser keeps beside the root element. The article Readability builds, a
 * detached element, holds only elements it took from below the document element.
 */
function outsideRoot(doc: Document, root: Element, node: Element | Document, tags: ReadonlySet<string>): Element[] {
  if (node !== doc) {
    let top: Node = node;
    while (top.parentNode && top.parentNode !== doc) top = top.parentNode;
    return top === root || !top.parentNode ? [] : elementsByTag(node, tags);
  }
  const found: Element[] = [];
  for (let el = doc.firstElementChild; el; el = el.nextElementSibling) {
    if (tags.has(tagName(el))) found.push(el);
    if (el !== root) found.push(...elementsByTag(el, tags));
  }
  return found;
}

/**
 * Runs Readability on `doc` (which it mutates). Throws what Readability throws.
 */
export function runReadability<M>(
  doc: Document,
  measure: (content: Element) => M,
  /** The page's h2-h6 elements and the elements named "header" (prunePage lists them as it walks). */
  listed: Listed,
  /**
   * Makes the page given again, untouched. Readability copies the page before its first attempt to start
   * again from if the attempt finds too little text, which nine pages in ten never do; given this, the
   * page is made again only then.
   */
  pageAgain?: PageAgain,
): ReadabilityResult<M> {
  const reader = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    keepClasses: true,
    // The node budget is enforced by prunePage; Readability's own limit would throw instead.
    maxElemsToParse: 0,
    // Lede reads JSON-LD itself (metadata/json-ld.ts); Readability's own parse of it was a second one.
    disableJSONLD: true,
  });
  const internals = reader as unknown as Internals;
  const attempts: Attempt[] = [];
  const canPark =
    typeof proto._prepArticle === 'function' &&
    typeof proto._cleanConditionally === 'function' &&
    typeof proto._removeNodes === 'function' &&
    typeof proto._flagIsActive === 'function' &&
    typeof internals._flags === 'number';

  if (typeof proto._getAllNodesWithTag === 'function') {
    const cleared = listed.cleared;
    internals._getAllNodesWithTag = (node, tags) => {
      const wanted = new Set(tags.map((t) => t.toLowerCase()));
      // Another document (the page made again for a retry, see below) is searched as it is.
      const ownPage = node === doc || node.nodeType !== DOCUMENT_NODE;
      if (cleared && ownPage && doc.documentElement === cleared.root && isSubset(wanted, cleared.tags)) {
        return outsideRoot(doc, cleared.root, node, wanted);
      }
      return elementsByTag(node, wanted);
    };
  }

  if (typeof proto._isProbablyVisible === 'function') internals._isProbablyVisible = isProbablyVisible;

  // Readability asks whether each container is empty by joining all its text; almost none is, and the
  // first text that is not white space says so.
  const isElementWithoutContent = proto._isElementWithoutContent;
  if (typeof isElementWithoutContent === 'function') {
    internals._isElementWithoutContent = function (this: Internals, node: Element) {
      return node.nodeType === ELEMENT_NODE && !hasNonSpaceText(node) && isElementWithoutContent.call(this, node);
    };
  }

  // Readability's byline test takes the node's whole text before its cheap name tests, for every node of
  // the page (the body's text included); the same test with the text taken last.
  const byline = internals.REGEXPS?.byline;
  if (typeof proto._isValidByline === 'function' && byline instanceof RegExp && !byline.global && !byline.sticky) {
    internals._isValidByline = (node, matchString) => {
      const itemprop = node.getAttribute('itemprop');
      if (!(node.getAttribute('rel') === 'author' || itemprop?.includes('author') || byline.test(matchString)))
        return false;
      const length = (node.textContent ?? '').trim().length;
      return length > 0 && length < 100;
    };
  }

  if (canPark) {
    const prepArticle = proto._prepArticle as (content: Element) => void;
    const cleanConditionally = proto._cleanConditionally as (e: Element, tag: string) => void;
    internals._prepArticle = function (this: Internals, content: Element) {
      attempts.push({ content, parked: [] });
      prepArticle.call(this, content);
    };
    internals._cleanConditionally = function (this: Internals, e: Element, tag: string) {
      const attempt = attempts[attempts.length - 1];
      if (!attempt || !this._flagIsActive?.(CLEAN_CONDITIONALLY)) {
        cleanConditionally.call(this, e, tag);
        return;
      }
      this._removeNodes = (list, filter) => {
        for (let i = list.length - 1; i >= 0; i--) {
          const node = list[i];
          const parent = node?.parentNode;
          if (!node || !parent) continue;
          if (filter && !filter.call(this, node, i, list)) continue;
          const placeholder = (node.ownerDocument ?? doc).createElement(PLACEHOLDER);
          parent.replaceChild(placeholder, node);
          attempt.parked.push({ placeholder, node, restored: false });
        }
      };
      try {
        cleanConditionally.call(this, e, tag);
      } finally {
        delete this._removeNodes;
      }
    };
  }

  const patterns = namePatterns(internals.REGEXPS);
  const exempt = (names: Listed): void => {
    if (!patterns) return;
    exemptHeadings(names.subheadings, patterns);
    exemptProseHeaders(names.headerNamed, patterns);
  };
  exempt(listed);
  const { _unwrapNoscriptImages: unwrapImages, _removeScripts: removeScripts, _prepDocument: prepDocument } = proto;
  if (
    pageAgain &&
    typeof unwrapImages === 'function' &&
    typeof removeScripts === 'function' &&
    typeof prepDocument === 'function' &&
    internals._doc === doc
  ) {
    // The page as Readability's first attempt found it: pruned and exempted as above, then through the
    // same preparation parse() gives the page before that attempt.
    internals._pageAgain = function (this: Internals) {
      const again = pageAgain();
      exempt(again.listed);
      unwrapImages.call(this, again.doc);
      removeScripts.call(this, again.doc);
      this._doc = again.doc;
      try {
        prepDocument.call(this);
      } finally {
        this._doc = doc;
      }
      const body = again.doc.body as Element | null;
      if (!body) throw new Error('The page made again has no body');
      return body;
    };
  }
  const origins = recordOrigins(doc);
  let strict: Parsed;
  try {
    strict = reader.parse();
  } finally {
    origins.stop();
  }
  const content = strict?.content ?? null;
  if (!content || !canPark) {
    if (content) dropPlaceholders(content);
    return {
      strict,
      origins: origins.map,
      strictMeasure: content ? measure(content) : null,
      loose: null,
      useStrict: () => {},
    };
  }
  const strictMeasure = measure(content);

  // What a run without conditional cleaning would have returned: the first attempt that is long enough
  // with its parked elements back, else the longest attempt (Readability's rule, same order of attempts).
  let loose: Attempt | null = null;
  let longest: { attempt: Attempt; length: number } | null = null;
  for (const attempt of attempts) {
    restore(attempt);
    const length = innerTextLength(attempt.content);
    if (length >= CHAR_THRESHOLD) {
      loose = attempt;
      break;
    }
    if (!longest || length > longest.length) longest = { attempt, length };
  }
  if (!loose && longest && longest.length > 0) loose = longest.attempt;

  const strictAttempt = attempts.find((a) => a.content === content);
  // Attempts other than the two results are dropped; only the strict one must look as Readability left it.
  if (strictAttempt && strictAttempt !== loose) unrestore(strictAttempt);
  let strictIsClean = strictAttempt !== loose;
  if (strictIsClean) dropPlaceholders(content);
  if (loose && loose !== strictAttempt) dropPlaceholders(loose.content);

  return {
    strict,
    origins: origins.map,
    strictMeasure,
    loose: loose && (loose !== strictAttempt || loose.parked.some((p) => p.restored)) ? loose.content : null,
    useStrict: () => {
      if (strictIsClean || !strictAttempt) return;
      unrestore(strictAttempt);
      dropPlaceholders(content);
      strictIsClean = true;
    },
  };
}
