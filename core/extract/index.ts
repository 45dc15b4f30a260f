/**
 * Reads the article out of a page: metadata from every source the page offers, the body by Readability
 * with general cleanup rules around it, sanitized HTML, links with offsets, and page signals.
 * Never mutates `doc`: Readability and the cleanup work on a clone.
 */
import { repairDoubleEncoding } from '../text/mojibake';
import { countWords, hasWords, readingTimeMinutes } from '../text/words';
import type { Article, FieldSource, PageNote } from '../types';
import { assemble, type Block, collectBlocks } from './blocks';
import { judgeBlocks } from './cleanup/blocks';
import { removeCaptions, removeFurnitureByName } from './cleanup/content';
import { bestParagraphContainer } from './cleanup/fallback';
import { findNoteCandidates, notesInside } from './cleanup/notes';
import { repeatedTexts } from './cleanup/repeated';
import { keepCurrentStory } from './cleanup/stories';
import { bodyOf, elementsByTag, firstListed, LINK_TAGS, normalizedText, squashText, tagName } from './dom';
import { articleBodyElement, useArticleBody } from './json-ld-body';
import { leadLeftBehind, paragraphsAfterHeadline } from './lead';
import {
  cleanByline,
  isJobTitle,
  looksLikeName,
  nameBeforeRunOn,
  splitNames,
  squashName,
  tidyAuthorName,
} from './metadata/authors';
import { normalizeDate } from './metadata/dates';
import { type PageMetadata, readMetadata } from './metadata/index';
import { directionOf, primaryLanguage } from './metadata/language';
import { type PruneResult, pageView, prunePage } from './prune';
import { type Parsed, runReadability } from './readability';
import { withSiblingSections } from './sections';
import { detectSignals } from './signals';

export interface ExtractOptions {
  /** The page URL, for relative links and a date in the URL. Defaults to the document's URL. */
  url?: string;
  /**
   * Milliseconds after which extraction stops refining (no second opinion on a short pick, no repeated-text
   * rule, no further body blocks) and reports `time-budget` with `signals.truncated`. Default 4,000.
   */
  timeBudgetMs?: number;
}

export const DEFAULT_TIME_BUDGET_MS = 4_000;

const UNSAFE_SCHEME = /^(?:javascript|data|vbscript):/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a scheme; so does this check.
const CONTROLS = /[\u0000-\u0020\u007f]/g;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The document's own URL when it is a real web address (not about:blank or a file). `baseURI` differs
 * from the document's address only under a `<base>` element, and linkedom searches the page for one on
 * every read, so it is read only when the page has one.
 */
function documentUrl(doc: Document, hasBase: boolean): string | null {
  const candidates = [doc.URL, doc.documentURI];
  if (hasBase) candidates.push(doc.baseURI);
  return candidates.find((u) => typeof u === 'string' && /^https?:\/\//i.test(u)) ?? null;
}

function baseHref(base: Element | null, pageUrl: string | null): string | null {
  const href = base?.getAttribute('href');
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
  /** The body text was longer than the text budget and was cut. */
  textCut: boolean;
  /** The page was nested too deep and was flattened below the depth limit. */
  flattened: boolean;
  /** Context lines Readability removed from inside the article part of the page. */
  notes: PageNote[];
  /** On a page of several whole stories, the headline of the one kept (see ./cleanup/stories). */
  storyHeadline: string | null;
}

function textAndLinkChars(el: Element): { chars: number; linkChars: number } {
  const chars = (el.textContent ?? '').replace(/\s+/g, ' ').length;
  let linkChars = 0;
  for (const a of elementsByTag(el, LINK_TAGS)) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').length;
  return { chars, linkChars };
}

/**
 * Readability's conditional cleaning drops tables and lists that belong to the story along with link
 * boxes. The same run also gives the article without it (see ./readability); that one is taken when it
 * adds a lot of prose (text that is mostly not links) to the same story.
 */
function looseIsFuller(a: { chars: number; linkChars: number }, b: { chars: number; linkChars: number }): boolean {
  const addedChars = b.chars - a.chars;
  const addedLinks = b.linkChars - a.linkChars;
  return addedChars > a.chars * 0.3 && addedChars > 200 && addedLinks / addedChars < 0.25;
}

function readBody(doc: Document, outOfTime: () => boolean, titles: readonly string[]): BodyResult {
  // Readability mutates its input: it gets a pruned copy. The un-Readable pruned page is made again only
  // for the rarer paths that need it (a second opinion on a short pick, a page Readability cannot read, a
  // retry of Readability's).
  const prunedCopy = (): { doc: Document; listed: PruneResult; storyHeadline: string | null } => {
    const copy = doc.cloneNode(true) as Document;
    const listed = prunePage(copy);
    const storyHeadline = keepCurrentStory(copy, titles);
    return { doc: copy, listed, storyHeadline };
  };
  const { doc: pruned, listed: pruning, storyHeadline } = prunedCopy();
  const truncated = pruning.truncated && !pruning.textCut;
  const textCut = pruning.textCut;
  const flattened = pruning.flattened;
  let pristine: Document | null = null;
  const prunedPage = (): Document => {
    pristine ??= prunedCopy().doc;
    return pristine;
  };

  const noteCandidates = findNoteCandidates(pruned);
  const afterHeadline = paragraphsAfterHeadline(pruned, pruning.headlines, titles);
  let parsed: Parsed = null;
  let content: Element | null = null;
  // The story's text is read from `content` once it is no longer Readability's strict article: the loose
  // one (which may be the strict one's element with the parked parts put back), or the joined sections.
  let textFromContent = false;
  try {
    const run = runReadability(pruned, textAndLinkChars, pruning, prunedCopy);
    parsed = run.strict;
    content = parsed?.content ?? null;
    if (content && run.loose && run.strictMeasure && looseIsFuller(run.strictMeasure, textAndLinkChars(run.loose))) {
      content = run.loose;
      textFromContent = true;
    } else run.useStrict();
    const origin = content ? run.origins.get(content) : undefined;
    const sections = content && origin && !outOfTime() ? withSiblingSections(content, origin, textAndLinkChars) : null;
    if (sections) {
      content = sections;
      textFromContent = true;
    }
    const lead = content && afterHeadline && !outOfTime() ? leadLeftBehind(afterHeadline, content) : [];
    if (content && lead.length > 0) {
      const opening = pruned.createElement('div');
      for (const paragraph of lead) opening.appendChild(paragraph);
      content.insertBefore(opening, content.firstChild);
      textFromContent = true;
    }
  } catch {
    parsed = null;
    content = null;
  }
  const storyText = textFromContent ? (content?.textContent ?? '') : (parsed?.textContent ?? '');
  const fields = {
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    dir: parsed?.dir ?? null,
    lang: parsed?.lang ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    truncated,
    textCut,
    flattened,
    storyHeadline,
  };
  const fallback = outOfTime() ? null : secondOpinion(prunedPage, storyText);
  if (fallback) return { ...fields, content: fallback, found: true, notes: [] };
  if (content) return { ...fields, content, found: true, notes: notesInside(content, noteCandidates) };
  // A page that trips Readability still gets its visible text.
  const page = prunedPage();
  return { ...emptyBody(truncated, flattened), textCut, storyHeadline, content: bodyOf(page) ?? page.documentElement };
}

function emptyBody(truncated: boolean, flattened: boolean): BodyResult {
  return {
    content: null,
    found: false,
    title: null,
    byline: null,
    dir: null,
    lang: null,
    publishedTime: null,
    truncated,
    textCut: false,
    flattened,
    notes: [],
    storyHeadline: null,
  };
}

/**
 * When Readability's pick holds much less prose than the page's main paragraph container, the pick is a
 * side box; the container is the story.
 */
function secondOpinion(prunedPage: () => Document, readabilityText: string): Element | null {
  if (hasWords(readabilityText, 250)) return null;
  const readabilityWords = countWords(readabilityText);
  const best = bestParagraphContainer(prunedPage());
  if (!best || best.words < 100 || best.words < 2 * readabilityWords) return null;
  return best.element;
}

/**
 * The page's repeated texts, counted only if a rule asks: the rule looks at short blocks at the edges of
 * the body, and most stories open and close with a paragraph too long for it.
 */
function repeatedOnDemand(doc: Document, outOfTime: () => boolean): { has(text: string): boolean } {
  let repeated: Set<string> | null = null;
  return {
    has: (text) => {
      if (!repeated) repeated = outOfTime() ? new Set() : repeatedTexts(doc);
      return repeated.has(text);
    },
  };
}

export function extractArticle(page: Document, options: ExtractOptions = {}): Article {
  const deadline = now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  let timedOut = false;
  const outOfTime = (): boolean => {
    if (!timedOut && now() > deadline) timedOut = true;
    return timedOut;
  };
  // A huge page is read from a copy of its start; every pass below then has an ordinary page's cost.
  // Every element of the page, listed once: metadata and the page signals each search all of it.
  const { view: doc, cut, elements } = pageView(page);
  // `base[href]`: the first <base> that has an address (one without gives no baseURI either).
  const base = elements.find((el) => tagName(el) === 'base' && el.hasAttribute('href')) ?? null;
  const pageUrl =
    (options.url && !UNSAFE_SCHEME.test(options.url.replace(CONTROLS, '')) ? options.url : null) ??
    documentUrl(page, base !== null);
  const meta = readMetadata(doc, pageUrl, elements);
  const baseUrl = baseHref(base, pageUrl) ?? pageUrl ?? meta.canonicalUrl;
  const fieldSources: Article['fieldSources'] = { ...meta.fieldSources };

  // The tab's title comes first: an endless page retitles the tab as the reader scrolls into the next story.
  const titleElement = firstListed(elements, (el) => tagName(el) === 'title');
  const body = readBody(doc, outOfTime, [normalizedText(titleElement), meta.title]);
  // The page's metadata describes the story it was opened on; when the reader has scrolled on to another,
  // its headline, byline and date are that story's own, not the metadata's.
  const otherHeadline =
    body.storyHeadline !== null && squashText(body.storyHeadline) !== squashText(meta.title)
      ? body.storyHeadline
      : null;
  const otherStory = otherHeadline !== null;
  if (otherHeadline !== null) dropMetadataOfOtherStory(meta, fieldSources, otherHeadline);

  const notes: Article['notes'] = [...body.notes];
  let blocks: Block[] = [];
  let caption: { caption?: string; credit?: string } = {};
  if (body.content) {
    caption = removeCaptions(body.content, notes);
    removeFurnitureByName(body.content, notes);
    blocks = collectBlocks(body.content, baseUrl, outOfTime);
  }
  // An app shell saved before its scripts ran: the story may be in the JSON-LD only.
  const articleBody = meta.jsonLd.article?.articleBody ?? null;
  if (articleBody && useArticleBody(blocks, articleBody, meta.paywalled)) {
    blocks = collectBlocks(articleBodyElement(doc, articleBody), baseUrl, outOfTime);
    fieldSources.text = 'json-ld';
  }
  // A title encoded as UTF-8 twice ("Thatâ€™s") is shown as meant.
  const title = repairDoubleEncoding(meta.title || body.title?.trim() || '');
  if (!meta.title && title) fieldSources.title = 'readability';

  let authors = meta.authors;
  let byline = authors.length ? authors.map((a) => a.name).join(', ') : null;
  // Readability's byline comes from the same metadata; another story's byline is printed in its text.
  if (!byline && body.byline && !otherStory) {
    const cleaned = nameBeforeRunOn(tidyAuthorName(cleanByline(body.byline)));
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
    repeatedTexts: repeatedOnDemand(doc, outOfTime),
  });
  notes.push(...judged.notes);
  // A page without author metadata may print its byline as the body's first line ("By Nadia Karim").
  if (!byline && judged.printedByline) {
    const printed = tidyAuthorName(cleanByline(judged.printedByline));
    if (looksLikeName(printed)) {
      byline = printed;
      authors = splitNames(printed).map((name) => ({ name }));
      fieldSources.byline = 'text';
      fieldSources.authors = 'text';
    }
  } else if (byline && judged.printedByline) {
    // The metadata may name only the first of the authors the page prints ("By Alicia Romero and Ben Carter").
    const more = coAuthorsPrinted(authors, judged.printedByline);
    if (more.length > 0) {
      authors = [...authors, ...more.map((name) => ({ name }))];
      byline = authors.map((a) => a.name).join(', ');
    }
  }
  const { text, html, links } = assemble(judged.kept);
  const wordCount = countWords(text);

  let lang = meta.lang;
  if (!lang && body.lang) {
    lang = primaryLanguage(body.lang);
    if (lang) fieldSources.lang = 'readability';
  }
  let publishedDate = meta.publishedDate;
  if (!publishedDate && body.publishedTime && !otherStory) {
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
    elements,
    url: pageUrl ?? meta.canonicalUrl,
    title,
    pageTypes: meta.pageTypes,
    paywalledByMetadata: meta.paywalled,
    readabilityFound: body.found,
    bodyWords: wordCount,
    pageText: bodyOf(doc)?.textContent ?? '',
    dated: !!publishedDate,
    bodyLinkDensity: text.length ? linkChars / text.length : 0,
    truncated: cut || body.truncated,
    flattened: body.flattened,
    textCut: body.textCut,
    outOfTime: outOfTime(),
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

/**
 * Clears what the page's metadata says of the story it was opened on, for a page now showing another
 * (see ./cleanup/stories): that story's headline is the title, and its byline and date are read from its
 * text, or left out. What describes the site (name, publisher, section, language) stays.
 */
function dropMetadataOfOtherStory(meta: PageMetadata, fieldSources: Article['fieldSources'], headline: string): void {
  meta.title = headline;
  fieldSources.title = 'text';
  meta.authors = [];
  meta.excerpt = null;
  meta.image = null;
  meta.canonicalUrl = null;
  meta.modifiedDate = null;
  // A date read from the address is the current story's: the page moved its address along with it.
  if (fieldSources.publishedDate !== 'url') meta.publishedDate = null;
  for (const field of ['authors', 'byline', 'excerpt', 'image', 'canonicalUrl', 'modifiedDate'] as const)
    delete fieldSources[field];
  if (!meta.publishedDate) delete fieldSources.publishedDate;
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

/**
 * The names a printed byline adds to the metadata's authors, when it names every one of them too: "By
 * Alicia Romero and Ben Carter" beside metadata that gives Alicia Romero. A role or a desk the line
 * prints after a name ("Jane Doe, Political Correspondent") is no author.
 */
function coAuthorsPrinted(authors: readonly { name: string }[], printedByline: string): string[] {
  const names = splitNames(tidyAuthorName(cleanByline(printedByline)));
  const printed = new Set(names.map(squashName));
  if (!authors.every((a) => printed.has(squashName(a.name)))) return [];
  const known = new Set(authors.map((a) => squashName(a.name)));
  return names.filter(
    (name) => !known.has(squashName(name)) && /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(name) && !isJobTitle(name),
  );
}
