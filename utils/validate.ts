import type { Article } from '../core/types';

/**
 * Structural checks for data that crosses from a page context into an extension page.
 * The reader script runs inside an untrusted page; a page can tamper with prototypes or fake
 * messages, so every reply is checked before the popup uses it.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function isSpan(value: unknown, textLength: number): boolean {
  return (
    isRecord(value) &&
    isFiniteNumber(value.start) &&
    isFiniteNumber(value.end) &&
    value.start >= 0 &&
    value.end >= value.start &&
    value.end <= textLength
  );
}

/** True when `value` has the shape of an `Article` with sane offsets. */
export function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  const { title, text, html, authors, links, notes, signals, dir } = value;
  if (!isString(title) || !isString(text) || !isString(html)) return false;
  if (dir !== 'ltr' && dir !== 'rtl') return false;
  for (const key of ['byline', 'siteName', 'publisher', 'publishedDate', 'lang', 'excerpt', 'canonicalUrl', 'url']) {
    if (!isStringOrNull(value[key])) return false;
  }
  if (!isFiniteNumber(value.wordCount) || !isFiniteNumber(value.readingTimeMinutes)) return false;
  if (!Array.isArray(authors) || !authors.every((a) => isRecord(a) && isString(a.name))) return false;
  if (!Array.isArray(links) || !links.every((l) => isSpan(l, text.length) && isString((l as { href: unknown }).href)))
    return false;
  if (!Array.isArray(notes) || !notes.every((n) => isRecord(n) && isString(n.text) && isString(n.kind))) return false;
  if (!isRecord(signals) || typeof signals.isArticle !== 'boolean') return false;
  return true;
}
