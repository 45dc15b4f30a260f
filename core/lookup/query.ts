import { escapeRegExp } from '../text/escape-regexp';

/** The longest query Lede looks up; a longer selection is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 120;

/**
 * Cleans a selection for lookup: whitespace runs (line and paragraph breaks included) become one
 * space, wrapping quotes and trailing punctuation go, and the result is capped at a word boundary.
 */
export function normalizeQuery(raw: string): { query: string; truncated: boolean } {
  let query = (raw ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘«([]+|["'”’»)\].,;:!?…]+$/gu, '')
    .trim();
  let truncated = false;
  if (query.length > MAX_QUERY_LENGTH) {
    truncated = true;
    const cut = query.slice(0, MAX_QUERY_LENGTH);
    const space = cut.lastIndexOf(' ');
    query = (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
  }
  return { query, truncated };
}

/**
 * A pattern for every form of the given names in running text: case-insensitive, any whitespace
 * between words, an optional possessive, and word boundaries that work for non-Latin letters too.
 * `flags` without "i" makes it case-sensitive; without "g", a single test.
 */
export function namePattern(names: string[], flags = 'giu'): RegExp | null {
  const forms = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.split(/\s+/).map(escapeRegExp).join('\\s+'));
  if (forms.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Drops a leading article so "The Soufan Group" and "Soufan Group" compare equal. */
export const bareName = (name: string): string =>
  name
    .replace(/^(the|a|an|der|die|das|el|la|los|las|le|les)\s+/i, '')
    .trim()
    .toLowerCase();
