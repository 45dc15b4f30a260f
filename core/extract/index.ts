import { Readability } from '@mozilla/readability';
import { countWords, readingTimeMinutes } from '../text/words';
import type { Article } from '../types';
import { emptySignals } from './signals';

export interface ExtractOptions {
  /** The page URL, for relative links and a date in the URL. Defaults to the document's URL. */
  url?: string;
}

/**
 * Reads the article out of a page. Never mutates `doc` (Readability works on a clone).
 * First version: Readability only. The extraction capability adds metadata and cleanup.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  const text = (parsed?.textContent ?? '').trim();
  const wordCount = countWords(text);
  return {
    title: parsed?.title ?? doc.title ?? '',
    authors: parsed?.byline ? [{ name: parsed.byline }] : [],
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName ?? null,
    publisher: null,
    publishedDate: parsed?.publishedTime ?? null,
    modifiedDate: null,
    section: null,
    lang: parsed?.lang ?? null,
    dir: parsed?.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: parsed?.excerpt ?? null,
    text,
    html: '',
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    canonicalUrl: null,
    url: options.url ?? null,
    image: null,
    links: [],
    notes: [],
    pageTypes: [],
    signals: { ...emptySignals(), isArticle: parsed !== null },
    fieldSources: {},
  };
}
