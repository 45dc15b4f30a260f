/**
 * What kind of page this is, as far as extraction can tell: an article or not, a teaser behind a paywall,
 * a live blog, a list or gallery, or cut short by the budget. Reasons are machine-readable.
 */
import { countWords } from '../text/words';
import type { PageSignals } from '../types';
import { PAYWALL_PROMPT } from './cleanup/vocabulary';
import { classAndId, hasName } from './dom';

export function emptySignals(): PageSignals {
  return { isArticle: true, partial: false, liveBlog: false, listOrGallery: false, truncated: false, reasons: [] };
}

const ARTICLE_TYPE =
  /(?:^|:)(?:article|[a-z]*newsarticle|blogposting|liveblogposting|report|scholarlyarticle|techarticle|review|socialmediaposting)$/i;
const NOT_ARTICLE_TYPE =
  /^(?:website|collectionpage|searchresultspage|profilepage|webapplication|softwareapplication|mobileapplication|itemlist|product|store|organization|video\.other|profile|app|music\.song|video\.movie)$/i;
const GALLERY_TYPE = /^(?:imagegallery|mediagallery|imageobject|itemlist)$/i;

const PAYWALL_NAME =
  /(?:^|[\s_-])(?:paywall|pay-?wall|piano|meter(?:ed)?|regwall|premium-?(?:content|wall|article)|subscriber-?only|article-?locked|locked-?content|tp-modal|fade-?out|truncated)(?=$|[\s_-])/;
/**
 * What a paywall's prompt says, whatever its markup is called: a box named "paywall" or "piano" counts only
 * when it asks the reader to pay or sign in. Empty mounts (NPR names its donation box after its vendor,
 * Piano), scripts, and the site's own subscribe button in its header are not a paywall.
 */
const GATE_WORDS =
  /\b(?:subscri\w*|sign in|log in|paid|premium|members? only|abonn\w*|suscri\w*|abbonat\w*|assinant\w*|anmelden)\b/i;
const NOT_SHOWN = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
/** A prompt is a few lines; a box holding the whole article is the article, named for what may hide it. */
const PROMPT_MAX_WORDS = 150;
const LIVE_NAME =
  /(?:^|[\s_-])(?:live-?blog|liveblog|live-?updates?|live-?ticker|liveticker|live-?feed|live-?coverage)(?=$|[\s_-])/;
const LIVE_TITLE =
  /^(?:live|live updates|live:|breaking live|liveticker|live-ticker|en direct|en vivo|en directo|in diretta|ao vivo|live-blog)\b|\b(?:live updates|live blog|liveticker|en direct|en vivo|in diretta|ao vivo)\b/i;
const GALLERY_URL =
  /\/(?:gallery|galleries|photos|photo-gallery|slideshow|pictures|bilder|fotos|fotogalerie|diaporama|galerie|galeria|galleria|fotogalleria)(?:\/|$|-)/i;
const NON_ARTICLE_URL =
  /^\/(?:$|search|suche|recherche|buscar|cerca|tag|tags|topic|topics|category|categories|section|author|authors|index(?:\.html?)?$)(?:[/?]|$)/i;

export interface SignalInput {
  doc: Document;
  /** Every element of `doc` in document order (see descendants). */
  elements: readonly Element[];
  url: string | null;
  title: string;
  pageTypes: string[];
  paywalledByMetadata: boolean;
  readabilityFound: boolean;
  bodyWords: number;
  /** Text of the whole page body (its words are counted only when the body is short). */
  pageText: string;
  /** The page dates its text (metadata, the body or the address). */
  dated?: boolean;
  /** Share of body text inside links. */
  bodyLinkDensity: number;
  truncated: boolean;
  /** The page was nested deeper than the depth limit and its deepest part was flattened. */
  flattened?: boolean;
  /** The body text was cut at the text budget. */
  textCut?: boolean;
  /** Extraction ran out of its time budget and skipped refinements or the end of the body. */
  outOfTime?: boolean;
}

function urlPath(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.pathname + (parsed.search ? `?${parsed.search}` : '');
  } catch {
    return null;
  }
}

interface Named {
  el: Element;
  /** Its class and id, lowercased (see classAndId). */
  name: string;
}

/** The first `limit` named elements with their class and id names, read once per page for every name test. */
function namesOf(elements: readonly Element[], limit = 3000): () => Named[] {
  let names: Named[] | null = null;
  return () => {
    if (names) return names;
    names = [];
    for (const el of elements) {
      if (!hasName(el)) continue;
      names.push({ el, name: classAndId(el) });
      if (names.length >= limit) break;
    }
    return names;
  };
}

/** Whether one of the named elements is a paywall's prompt (see GATE_WORDS). */
function hasPaywallPrompt(named: readonly Named[]): boolean {
  for (const { el, name } of named) {
    if (!PAYWALL_NAME.test(name) || NOT_SHOWN.has(el.localName)) continue;
    if (el.closest('header, nav')) continue;
    const text = el.textContent ?? '';
    const words = countWords(text);
    if (words > 0 && words <= PROMPT_MAX_WORDS && GATE_WORDS.test(text)) return true;
  }
  return false;
}

const ANY_PAYWALL_PROMPT = new RegExp(PAYWALL_PROMPT.source, 'gi');
/**
 * Prompts that, alone, are not a paywall: a site's sign-in link ("Already have an account? Log in", on every
 * page of a site with accounts) and an advertisement's "Scroll to continue reading". Cleanup still removes
 * them from the body; they just do not make a story partial.
 */
function hasPaywallWords(text: string): boolean {
  // An exec loop on the one pattern, not matchAll: matchAll copies the pattern, and the copy runs this long
  // alternation interpreted over the whole page (0.8 ms a page against 0.2 ms).
  ANY_PAYWALL_PROMPT.lastIndex = 0;
  for (let match = ANY_PAYWALL_PROMPT.exec(text); match; match = ANY_PAYWALL_PROMPT.exec(text)) {
    const words = match[0].toLowerCase();
    if (words.startsWith('already have an account')) continue;
    if (words === 'to continue reading' && /scroll\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index)))
      continue;
    return true;
  }
  return false;
}

/** The text of the page's body without scripts, styles and templates (asked only when a test needs it). */
function shownTextOf(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !NOT_SHOWN.has((child as Element).localName)) walk(child);
    }
  };
  const body = doc.body ?? doc.documentElement;
  if (body) walk(body);
  return parts.join('');
}

export function detectSignals(input: SignalInput): PageSignals {
  const signals = emptySignals();
  const reasons = signals.reasons;
  const types = input.pageTypes;
  const articleTyped = types.some((t) => ARTICLE_TYPE.test(t));
  const path = urlPath(input.url);
  const names = namesOf(input.elements);
  const hasNamed = (pattern: RegExp): boolean => names().some(({ name }) => pattern.test(name));

  if (input.truncated) reasons.push('node-budget');
  if (input.flattened) reasons.push('depth-limit');
  if (input.textCut) reasons.push('text-budget');
  if (input.outOfTime) reasons.push('time-budget');
  signals.truncated = input.truncated || !!input.flattened || !!input.textCut || !!input.outOfTime;

  // Live blogs.
  if (types.some((t) => /^liveblogposting$/i.test(t))) reasons.push('live-blog-type');
  else if (LIVE_TITLE.test(input.title)) reasons.push('live-title');
  else if (hasNamed(LIVE_NAME)) reasons.push('live-blog-markup');
  signals.liveBlog = reasons.some((r) => r.startsWith('live-'));

  // Lists and galleries.
  const galleryTyped = types.some((t) => GALLERY_TYPE.test(t)) && !types.some((t) => /newsarticle|^article$/i.test(t));
  if (galleryTyped) reasons.push('gallery-type');
  else if (path && GALLERY_URL.test(path)) reasons.push('gallery-url');
  else if (input.bodyWords < 150 && input.doc.querySelectorAll('img').length >= 8) reasons.push('image-heavy');
  signals.listOrGallery = reasons.some((r) => r.startsWith('gallery') || r === 'image-heavy');

  // Paywalls and teasers.
  if (input.paywalledByMetadata) reasons.push('paywall-metadata');
  // The page's text as shown: a prompt inside a script's data (a sign-in form's strings) is not on screen.
  let shown: string | null = null;
  const shownText = () => {
    shown ??= shownTextOf(input.doc);
    return shown;
  };
  const prompt = (text: string) => hasPaywallWords(text.slice(0, 400_000));
  if ((prompt(input.pageText) && prompt(shownText())) || hasPaywallPrompt(names())) reasons.push('paywall-marker');
  if (input.bodyWords < 150 && countWords(shownText()) > 5 * Math.max(input.bodyWords, 60)) reasons.push('short-body');
  // A body of over 1,200 words is the story, whatever the page says of paywalls (the page was saved by a
  // subscriber, or the site sends the whole text to everyone).
  signals.partial =
    reasons.some((r) => r.startsWith('paywall') || r === 'short-body') &&
    !(reasons.some((r) => r.startsWith('paywall')) && input.bodyWords > 1200);

  // Not an article at all.
  const notArticleTyped = !articleTyped && types.some((t) => NOT_ARTICLE_TYPE.test(t));
  let notArticle = false;
  if (!input.readabilityFound) {
    reasons.push('no-readable-body');
    notArticle = !articleTyped;
  }
  if (!articleTyped && path !== null && NON_ARTICLE_URL.test(path)) {
    reasons.push('index-url');
    notArticle = true;
  }
  // A short page typed "website" that gives its text a publication date is a news brief on a site that
  // types every page alike (heise's 250-word items); a home page has no date of its own.
  if (notArticleTyped && input.bodyWords < 400 && !input.dated) {
    reasons.push('non-article-type');
    notArticle = true;
  }
  if (input.bodyLinkDensity > 0.5 && !articleTyped) {
    reasons.push('link-list');
    notArticle = true;
  }
  if (input.bodyWords < 50 && !articleTyped && !signals.listOrGallery) {
    reasons.push('no-body');
    notArticle = true;
  }
  signals.isArticle = !notArticle;
  return signals;
}
