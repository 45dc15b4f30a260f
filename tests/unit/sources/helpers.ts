import { analyzeSources } from '../../../core/sources/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Article, Sources } from '../../../core/types';

/** Sources for plain text, with optional Article fields (links, notes, URL) on top. */
export function sourcesOf(text: string, extra: Partial<Article> = {}): Sources {
  const article = { ...articleFromText(text, extra.url ?? null), ...extra };
  return analyzeSources(article, { sentences: splitSentences(text), entities: [] });
}

/** A body link on the first occurrence of `anchor` in `text`. */
export function linkOn(text: string, anchor: string, href: string) {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`not in text: ${anchor}`);
  return { href, text: anchor, start, end: start + anchor.length };
}
