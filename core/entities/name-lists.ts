/**
 * Lists of people on a line of their own: a team sheet ("Norway - Frode Grodas ; Gunnar Halle , Henning
 * Berg , Ronny Johnsen"), the batsmen still to bat, a cast, the members of a board. The tagger reads most
 * of the names and misses a few it has no clue for ("Oyvind Leonhardsen" read as a company); but the items
 * of one list are of one kind, so when most of the full names of a list are people's, all of them are.
 */

import { startsUpper } from './names';
import type { TagSpan } from './tagger';

const SEPARATORS = new Set([',', ';', ':', '-', '–', '—', 'and']);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** Lowercase particles inside people's names ("Aravinda de Silva", "Karel van Miert"). */
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'du', 'del', 'di', 'la', 'le', 'bin', 'al']);
const MIN_ITEMS = 3;
/** Last words of a firm's or a body's name, which a list of credits mixes with its people ("Colophon Foundry"). */
const BODY_LAST = new Set(
  'foundry design designs studio studios type press group media lab labs collective works company agency partners associates trust foundation club team united city fc'.split(
    ' ',
  ),
);

/** Separators after a list's label ("To bat :", "Norway -"), or before a source or venue ("… – Tate"). */
const LABEL_SEPARATORS = new Set([':', '-', '–', '—']);

/**
 * The items of a list on one line: runs of two or three name words (four with a particle) standing
 * between separators. What stands before a colon or a dash is the list's label, and what follows a last
 * dash its source, not items.
 */
function listItems(words: readonly string[], spaced: readonly boolean[]): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let from = 0;
  let afterLabel = false;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    // A hyphen inside a name ("Khur-Yearn") is no separator; one standing between spaces is.
    if (w !== undefined && (!SEPARATORS.has(w) || (w === '-' && !spaced[i]))) continue;
    const piece = words.slice(from, i);
    const label = w !== undefined && LABEL_SEPARATORS.has(w);
    const source = w === undefined && afterLabel && items.length > 0;
    const named = piece.filter((p) => NAME_WORD.test(p)).length;
    const particles = piece.filter((p, k) => k > 0 && k < piece.length - 1 && PARTICLES.has(p)).length;
    const allNameWords = named + particles === piece.length;
    const body = BODY_LAST.has((piece[piece.length - 1] ?? '').toLowerCase());
    if (!label && !source && named >= 2 && named <= 3 && allNameWords && !body) items.push({ start: from, end: i });
    afterLabel = label;
    from = i + 1;
  }
  return items;
}

/**
 * The spans of a unit with its list of people completed, or the spans unchanged when the unit is no such
 * list. A list is one line made of separated items (most of its words are in the items) of which at least
 * three are full names and most of those the tagger read as people's. `spaced[i]`: whether word i stands
 * between spaces.
 */
export function completePersonList(
  words: readonly string[],
  spaced: readonly boolean[],
  spans: readonly TagSpan[],
): TagSpan[] {
  // Most sentences are prose: before cutting the line into items, a quick count of the words an item or
  // a separator can be (capitalized, a particle, a separator) rules them out.
  let listy = 0;
  for (const w of words) if (SEPARATORS.has(w) || PARTICLES.has(w) || startsUpper(w)) listy++;
  if (listy < words.length * 0.8) return spans as TagSpan[];
  const items = listItems(words, spaced);
  if (items.length < MIN_ITEMS) return spans as TagSpan[];
  const inItems = items.reduce((n, it) => n + it.end - it.start, 0);
  const separators = words.filter((w) => SEPARATORS.has(w)).length;
  // Prose with a few names in it ("Smith, Jones and Brown said on Monday they…") is not a list.
  if (inItems + separators < words.length * 0.8) return spans as TagSpan[];
  const asPerson = (it: { start: number; end: number }) =>
    spans.some((s) => s.type === 'PER' && s.start === it.start && s.end === it.end);
  const people = items.filter(asPerson).length;
  if (people * 2 <= items.length) return spans as TagSpan[];
  const out = spans.filter((s) => !items.some((it) => s.start < it.end && it.start < s.end));
  for (const it of items) out.push({ start: it.start, end: it.end, type: 'PER' });
  return out.sort((a, b) => a.start - b.start);
}
