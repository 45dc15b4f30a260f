import { emptySignals } from '../extract/signals';
import type { Article } from '../types';
import { countWords, readingTimeMinutes } from './words';

/** An article made from plain text (CLI `--text`): `text` is the input exactly, nothing is extracted. */
export function articleFromText(text: string, url: string | null = null): Article {
  const wordCount = countWords(text);
  const firstLine = text.trim().split('\n', 1)[0] ?? '';
  return {
    title: firstLine.length <= 200 ? firstLine.trim() : `${firstLine.slice(0, 197).trim()}…`,
    authors: [],
    byline: null,
    siteName: null,
    publisher: null,
    publishedDate: null,
    modifiedDate: null,
    section: null,
    lang: null,
    dir: 'ltr',
    excerpt: null,
    text,
    html: '',
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    canonicalUrl: null,
    url,
    image: null,
    links: [],
    notes: [],
    pageTypes: [],
    signals: { ...emptySignals(), isArticle: wordCount > 0 },
    fieldSources: { text: 'input' },
  };
}
