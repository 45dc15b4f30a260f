/**
 * Reads the article out of a page: metadata from every source the page offers, the body by Readability
 * with general cleanup rules around it, sanitized HTML, links with offsets, and page signals.
 * Never mutates `doc`: Readability and the cleanup work on a clone.
 */
import { Readability } from '@mozilla/readability';
import { countWords, readingTimeMinutes } from '../text/words';
import type { Article, FieldSource, PageNote } from '../types';
import { assemble, type Block, collectBlocks } from './blocks';
import { judgeBlocks } from './cleanup/blocks';
import { removeCaptions, removeFurnitureByName } from './cleanup/content';
import { bestParagraphContainer } from './cleanup/fallback';
import { findNoteCandidates, notesInside } from './cleanup/notes';
import { repeatedTexts } from './cleanup/repeated';
import { cleanByline } from './metadata/authors';
import { normalizeDate } from './metadata/dates';
import { readMetadata } from './metadata/index';
import { directionOf, primaryLanguage } from './metadata/language';
import { prunePage } from './prune';
import { detectSignals } from './signals';

export interface ExtractOptions {
  /** The page URL, for relative links and a date in the URL. Defaults to the document's URL. */
  url?: string;
}

/** The document's own URL when it is a real web address (not about:blank or a file). */
function documentUrl(doc: Document): string | null {
  const candidates = [doc.URL, doc.documentURI, doc.baseURI];
  return candidates.find((u) => typeof u === 'string' && /^https?:\/\//i.test(u)) ?? null;
}

function baseHref(doc: Document, pageUrl: string | null): string | null {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, pageUrl ?? undefined).href;
  } catch {
    return null;
  }
}

interface BodyResult {
  content: Element | null;
  /** False when neither Readability nor the paragraph fallback found a story and the whole page is used. */
  found: boolean;
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  publishedTime: string | null;
  truncated: boolean;
  /** Context lines Readability removed from inside the article part of the page. */
  notes: PageNote[];
}

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability's flag for removing link- and image-heavy tables, lists and divs after choosing the story. */
const CLEAN_CONDITIONALLY = 0x4;

function runReadability(pruned: Document, cleanConditionally: boolean): { parsed: Parsed; notes: PageNote[] } {
  const clone = pruned.cloneNode(true) as Document;
  const noteCandidates = findNoteCandidates(clone);
  try {
    const reader = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      keepClasses: true,
      // The node budget is enforced by prunePage; Readability's own limit would throw instead.
      maxElemsToParse: 0,
    });
    // Not in Readability's options: its flags are the documented way its retries relax cleaning.
    if (!cleanConditionally) (reader as unknown as { _flags: number })._flags &= ~CLEAN_CONDITIONALLY;
    const parsed = reader.parse();
    return { parsed, notes: parsed?.content ? notesInside(parsed.content, noteCandidates) : [] };
  } catch {
    return { parsed: null, notes: [] };
  }
}

function textAndLinkChars(el: Element): { chars: number; linkChars: number } {
  const chars = (el.textContent ?? '').replace(/\s+/g, ' ').length;
  const linkChars = Array.from(el.querySelectorAll('a')).reduce(
    (sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').length,
    0,
  );
  return { chars, linkChars };
}

/**
 * Readability's conditional cleaning drops tables and lists that belong to the story along with link
 * boxes. A second run without it keeps them; its result is taken when it adds a lot of prose (text that
 * is mostly not links) to the same story.
 */
function preferFuller(strict: Parsed, loose: Parsed): Parsed {
  if (!loose?.content) return strict;
  if (!strict?.content) return loose;
  const a = textAndLinkChars(strict.content);
  const b = textAndLinkChars(loose.content);
  const addedChars = b.chars - a.chars;
  const addedLinks = b.linkChars - a.linkChars;
  if (addedChars > a.chars * 0.3 && addedChars > 200 && addedLinks / addedChars < 0.25) return loose;
  return strict;
}

function readBody(doc: Document): BodyResult {
  // Prune once; each Readability run (it mutates its input) gets its own copy of the pruned page.
  const pruned = doc.cloneNode(true) as Document;
  const { truncated } = prunePage(pruned);
  const strict = runReadability(pruned, true);
  const loose = strict.parsed?.content ? runReadability(pruned, false) : { parsed: null, notes: [] };
  const parsed = preferFuller(strict.parsed, loose.parsed);
  const notes = parsed === strict.parsed ? strict.notes : loose.notes;
  const fallback = secondOpinion(pruned, parsed?.textContent ?? '');
  const fields = {
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    dir: parsed?.dir ?? null,
    lang: parsed?.lang ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    truncated,
  };
  if (fallback) return { ...fields, content: fallback, found: true, notes: [] };
  if (parsed?.content) return { ...fields, content: parsed.content, found: true, notes };
  // A page that trips Readability still gets its visible text.
  return { ...emptyBody(truncated), content: pruned.body ?? pruned.documentElement };
}

function emptyBody(truncated: boolean): BodyResult {
  return {
    content: null,
    found: false,
    title: null,
    byline: null,
    dir: null,
    lang: null,
    publishedTime: null,
    truncated,
    notes: [],
  };
}

/**
 * When Readability's pick holds much less prose than the page's main paragraph container, the pick is a
 * side box; the container is the story.
 */
function secondOpinion(pruned: Document, readabilityText: string): Element | null {
  const readabilityWords = readabilityText.split(/\s+/).filter(Boolean).length;
  if (readabilityWords >= 250) return null;
  const best = bestParagraphContainer(pruned);
  if (!best || best.words < 100 || best.words < 2 * readabilityWords) return null;
  return best.element;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const pageUrl = options.url ?? documentUrl(doc);
  const meta = readMetadata(doc, pageUrl);
  const baseUrl = baseHref(doc, pageUrl) ?? pageUrl ?? meta.canonicalUrl;
  const fieldSources: Article['fieldSources'] = { ...meta.fieldSources };

  const body = readBody(doc);

  const notes: Article['notes'] = [...body.notes];
  let blocks: Block[] = [];
  let caption: { caption?: string; credit?: string } = {};
  if (body.content) {
    caption = removeCaptions(body.content, notes);
    removeFurnitureByName(body.content, notes);
    blocks = collectBlocks(body.content, baseUrl);
  }
  const title = meta.title || body.title?.trim() || '';
  if (!meta.title && title) fieldSources.title = 'readability';

  let authors = meta.authors;
  let byline = authors.length ? authors.map((a) => a.name).join(', ') : null;
  if (!byline && body.byline) {
    const cleaned = cleanByline(body.byline);
    if (cleaned && cleaned.length <= 100) {
      byline = cleaned;
      authors = [{ name: cleaned }];
      fieldSources.byline = 'readability';
      fieldSources.authors = 'readability';
    }
  }

  const judged = judgeBlocks(blocks, {
    title,
    authorNames: authors.map((a) => a.name),
    authorRoles: authors.flatMap((a) => (a.role ? [a.role] : [])),
    repeatedTexts: repeatedTexts(doc),
  });
  notes.push(...judged.notes);
  const { text, html, links } = assemble(judged.kept);
  const wordCount = countWords(text);

  let lang = meta.lang;
  if (!lang && body.lang) {
    lang = primaryLanguage(body.lang);
    if (lang) fieldSources.lang = 'readability';
  }
  let publishedDate = meta.publishedDate;
  if (!publishedDate && body.publishedTime) {
    publishedDate = normalizeDate(body.publishedTime);
    if (publishedDate) fieldSources.publishedDate = 'readability';
  }
  const dir = directionOf(doc, lang, text, body.dir);
  let excerpt = meta.excerpt;
  if (!excerpt && judged.kept.length) {
    excerpt = judged.kept.find((b) => b.tag === 'p' && b.text.length > 80)?.text ?? null;
    if (excerpt) fieldSources.excerpt = 'text';
  }
  const image = meta.image ? { ...meta.image } : null;
  if (image) {
    image.caption ??= caption.caption;
    image.credit ??= caption.credit;
    if (!image.caption) delete image.caption;
    if (!image.credit) delete image.credit;
  }

  const linkChars = judged.kept.reduce((sum, b) => sum + b.linkChars, 0);
  const signals = detectSignals({
    doc,
    url: pageUrl ?? meta.canonicalUrl,
    title,
    pageTypes: meta.pageTypes,
    paywalledByMetadata: meta.paywalled,
    readabilityFound: body.found,
    bodyWords: wordCount,
    pageWords: countWords(doc.body?.textContent ?? ''),
    bodyLinkDensity: text.length ? linkChars / text.length : 0,
    truncated: body.truncated,
  });

  const sources: Article['fieldSources'] = {};
  for (const [key, value] of Object.entries(fieldSources) as Array<[keyof Article, FieldSource]>) sources[key] = value;

  return {
    title,
    authors,
    byline,
    siteName: meta.siteName,
    publisher: meta.publisher,
    publishedDate,
    modifiedDate: meta.modifiedDate,
    section: meta.section,
    lang,
    dir,
    excerpt,
    text,
    html,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    canonicalUrl: meta.canonicalUrl,
    url: pageUrl,
    image,
    links,
    notes: dedupeNotes(notes),
    pageTypes: meta.pageTypes,
    signals,
    fieldSources: sources,
  };
}

function dedupeNotes(notes: Article['notes']): Article['notes'] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.kind}\u0000${note.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
