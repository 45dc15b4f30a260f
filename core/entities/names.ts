/** Comparing names as readers do: case, "the", possessives, dots in acronyms and dash styles don't matter. */
import { startsWithCapital } from './letter-case';

/** The form under which mentions of one name are grouped ("The Soufan Group" -> "soufan group", "U.S." -> "us"). */
export function normalizeKey(name: string): string {
  let k = name
    .normalize('NFKC')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (k.startsWith('the ')) k = k.slice(4);
  if (k.endsWith("'s")) k = k.slice(0, -2);
  else if (k.endsWith("'")) k = k.slice(0, -1);
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(k)) k = k.replace(/\./g, '');
  return k;
}

const INITIAL_SKIP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'de']);

/** Initials of the capitalized words ("World Health Organization" -> "WHO", "Islamic State of Iraq and Syria" -> "ISIS"). */
export function initialsOf(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/)) {
    if (!word || INITIAL_SKIP.has(word.toLowerCase())) continue;
    const c = word[0] as string;
    if (c === c.toLowerCase()) continue;
    out += c;
  }
  return out;
}

/** "ISIS", "U.N.", "WHO": two to seven capitals, dots allowed. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 7 && /^\p{Lu}+$/u.test(letters);
}

/** Number of words, not counting a leading lowercase "the". */
export function wordCount(name: string): number {
  const words = name.split(/\s+/).filter(Boolean);
  return words[0] === 'the' ? words.length - 1 : words.length;
}

/** A set of the space-separated words of a list, as written (case kept). */
export const wordSet = (list: string): Set<string> => new Set(list.split(' '));

/** "Martínez" -> "Martinez": names are written with and without their accents, and the name lists without. */
export const foldAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** Capitalized words that begin sentences or stand for a name without being one. */
export const CAPITALIZED_NON_NAMES = wordSet(
  'The A An Its It His Her Their Our Your My We You He She They This That These Those Which What Who Each Every Both Such Some Any No One Other Another Many Most All Why How When Where While If But And Or So Then Now Today',
);

// From a table, without a string per call: these run on every token of a long article.
export const startsUpper = startsWithCapital;
