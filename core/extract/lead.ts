/**
 * The story's opening paragraphs when Readability left them behind. A page may hold its lede in a box of
 * its own between the headline and the body (an "intro" section beside the chapters of a guide, a
 * summary block above a builder's content rows); Readability takes the body, the bigger box, and the
 * reader's summary then starts in the middle of the story.
 *
 * Before Readability runs, the paragraphs that follow the page's headline are noted; after, those that
 * come before the first one Readability took, and that are the story's prose (not a deck, a byline, a
 * caption or a box of links), are put back at the top of the article.
 */
import { countWords } from '../text/words';
import { headlineMatches } from './cleanup/stories';
import { CAPTION_NAME, FURNITURE_NAME } from './cleanup/vocabulary';
import { linkShare, namedAs, nextElementAfter, normalizedText, squashText, tagName } from './dom';

/** Paragraphs noted after the headline: a lede sits within the first few. */
const MAX_NOTED = 40;
/** Elements walked after the headline before giving up: a page header can be long, a lede is not far. */
const MAX_WALKED = 1_500;
/** A paragraph of prose, not a deck or a label, has at least this many words. */
const MIN_PARAGRAPH_WORDS = 12;
/** Words the recovered paragraphs must add up to: less is a deck or a teaser line. */
const MIN_LEAD_WORDS = 40;

/** Containers whose paragraphs are never the story's lede: the page's frame, a figure, a quote box, a form. */
const NOT_LEAD_TAGS = new Set([
  'header',
  'nav',
  'aside',
  'footer',
  'figure',
  'figcaption',
  'form',
  'button',
  'label',
  'blockquote',
  'li',
  'table',
]);
/** Names of boxes near a headline that hold no story text: bylines, bios, dates, notes, tables of contents. */
const NOT_LEAD_NAME =
  /(?:^|[\s_-])(?:byline|author\w*|bio|dateline|date|timestamp|meta|note|notes|disclaimer|disclosure|deck|dek|standfirst|subtitle|summary|excerpt|toc|alert|banner)(?=$|[\s_-])/;

/**
 * A headline whose words are nearly all in the title: titles dress the headline up ("The Best Wireless
 * Earbuds" is the tab's "The 3 Best Wireless Earbuds of 2026 | Reviews by …").
 */
function mostlyWithin(headline: string, title: string): boolean {
  const words = headline.split(' ');
  if (words.length < 3) return false;
  const titleWords = new Set(title.split(' '));
  return words.filter((word) => titleWords.has(word)).length >= words.length * 0.8;
}

export interface HeadlineParagraphs {
  /** The page's document element (a cloned page's elements may name the original as their document). */
  root: Element;
  headline: Element;
  paragraphs: Element[];
}

/**
 * The paragraphs after the page's headline, in document order: the first h1 whose text is one of
 * `titles` (the tab's title, the metadata's). Null when no h1 is the headline.
 */
export function paragraphsAfterHeadline(
  page: Document,
  headlines: readonly Element[],
  titles: readonly string[],
): HeadlineParagraphs | null {
  const squashedTitles = titles.map(squashText).filter(Boolean);
  const headline = headlines.find((h1) => {
    const text = squashText(normalizedText(h1));
    return text !== '' && squashedTitles.some((title) => headlineMatches(text, title) || mostlyWithin(text, title));
  });
  const root = page.documentElement;
  if (!headline || !root) return null;
  const paragraphs: Element[] = [];
  let walked = 0;
  for (let el = nextElementAfter(headline, root); el && walked < MAX_WALKED; walked++) {
    if (tagName(el) === 'p') {
      paragraphs.push(el);
      if (paragraphs.length >= MAX_NOTED) break;
      el = nextElementAfter(el, root);
    } else el = el.firstElementChild ?? nextElementAfter(el, root);
  }
  return { root, headline, paragraphs };
}

/** A paragraph a reader would take for the story's own prose, judged by where it sits and what it says. */
function isLeadProse(p: Element, text: string): boolean {
  if (countWords(text) < MIN_PARAGRAPH_WORDS || !/[.!?…"”’)]$/.test(text)) return false;
  if (linkShare(p, text) >= 0.3) return false;
  for (let at: Element | null = p; at && tagName(at) !== 'body'; at = at.parentElement) {
    if (NOT_LEAD_TAGS.has(tagName(at))) return false;
    if (namedAs(at, FURNITURE_NAME) || namedAs(at, CAPTION_NAME) || namedAs(at, NOT_LEAD_NAME)) return false;
  }
  return true;
}

/**
 * The noted paragraphs that Readability left in the page before the first one it took into `content`,
 * and that read as the story's opening; empty when there are too few words of them to be a lede, when
 * `content` starts at the headline itself, or when Readability took none of the noted paragraphs.
 */
export function leadLeftBehind(noted: HeadlineParagraphs, content: Element): Element[] {
  if (content.contains(noted.headline)) return [];
  const firstTaken = noted.paragraphs.findIndex((p) => content.contains(p));
  if (firstTaken <= 0) return [];
  let story: string | null = null;
  const lead: Element[] = [];
  let words = 0;
  for (const p of noted.paragraphs.slice(0, firstTaken)) {
    // Readability removed some of what it did not take (bylines, unlikely boxes): those are gone.
    if (!noted.root.contains(p)) continue;
    const text = normalizedText(p);
    if (!isLeadProse(p, text)) continue;
    story ??= squashText(content.textContent ?? '');
    if (story.includes(squashText(text))) continue;
    lead.push(p);
    words += countWords(text);
  }
  return words >= MIN_LEAD_WORDS ? lead : [];
}
