/**
 * What kind of page this is, as far as extraction can tell: an article or not, a teaser behind a paywall,
 * a live blog, a list or gallery, or cut short by the budget. Reasons are machine-readable.
 */
import type { PageSignals } from '../types';
import { PAYWALL_PROMPT } from './cleanup/vocabulary';
import { classAndId } from './dom';

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
  url: string | null;
  title: string;
  pageTypes: string[];
  paywalledByMetadata: boolean;
  readabilityFound: boolean;
  bodyWords: number;
  pageWords: number;
  /** Share of body text inside links. */
  bodyLinkDensity: number;
  truncated: boolean;
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

function hasNamed(doc: Document, pattern: RegExp, limit = 3000): boolean {
  const elements = doc.querySelectorAll('[class], [id]');
  const count = Math.min(elements.length, limit);
  for (let i = 0; i < count; i++) {
    const el = elements[i];
    if (el && pattern.test(classAndId(el))) return true;
  }
  return false;
}

export function detectSignals(input: SignalInput): PageSignals {
  const signals = emptySignals();
  const reasons = signals.reasons;
  const types = input.pageTypes;
  const articleTyped = types.some((t) => ARTICLE_TYPE.test(t));
  const path = urlPath(input.url);

  signals.truncated = input.truncated;
  if (input.truncated) reasons.push('node-budget');

  // Live blogs.
  if (types.some((t) => /^liveblogposting$/i.test(t))) reasons.push('live-blog-type');
  else if (LIVE_TITLE.test(input.title)) reasons.push('live-title');
  else if (hasNamed(input.doc, LIVE_NAME)) reasons.push('live-blog-markup');
  signals.liveBlog = reasons.some((r) => r.startsWith('live-'));

  // Lists and galleries.
  const galleryTyped = types.some((t) => GALLERY_TYPE.test(t)) && !types.some((t) => /newsarticle|^article$/i.test(t));
  if (galleryTyped) reasons.push('gallery-type');
  else if (path && GALLERY_URL.test(path)) reasons.push('gallery-url');
  else if (input.bodyWords < 150 && input.doc.querySelectorAll('img').length >= 8) reasons.push('image-heavy');
  signals.listOrGallery = reasons.some((r) => r.startsWith('gallery') || r === 'image-heavy');

  // Paywalls and teasers.
  if (input.paywalledByMetadata) reasons.push('paywall-metadata');
  const bodyText = input.doc.body?.textContent ?? '';
  if (PAYWALL_PROMPT.test(bodyText.slice(0, 400_000)) || hasNamed(input.doc, PAYWALL_NAME))
    reasons.push('paywall-marker');
  if (input.bodyWords < 150 && input.pageWords > 5 * Math.max(input.bodyWords, 60)) reasons.push('short-body');
  signals.partial =
    reasons.some((r) => r.startsWith('paywall') || r === 'short-body') &&
    !(reasons.includes('paywall-marker') && input.bodyWords > 1200);

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
  if (notArticleTyped && input.bodyWords < 400) {
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
