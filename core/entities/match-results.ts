/**
 * Results told in a sentence, as sports pages do: "Feyenoord beat PSV Eindhoven 2-1", "Barcelona drew 1-1
 * with Valencia", "Real Madrid lost 2-0 at home to Deportivo Coruna", "Bayern Munich were held 0-0 by
 * Borussia Dortmund". The names on either side of a result verb, with a score beside it, are the sides: a
 * club (an organization, though it is named for its city) or a country's side (a place). Not a result of
 * sets ("6-3 6-4"), where the sides are players, nor a name the tagger read as a person in full.
 */
import { startsUpper } from './names';

/** Verbs of a result, in their past forms (and "beat", the same in the present). */
const RESULT_VERBS = new Set([
  'beat',
  'defeated',
  'drew',
  'lost',
  'held',
  'edged',
  'thrashed',
  'crushed',
  'routed',
  'overcame',
  'stunned',
  'upset',
  'hammered',
  'downed',
  'trounced',
  'outclassed',
  'eliminated',
  'overpowered',
]);
/** Words between a result and the other side: "drew with", "lost to", "lost at home to", "held by", "beat the". */
const LINKS = new Set(['with', 'to', 'by', 'at', 'home', 'away', 'against', 'in', 'on', 'the']);
/** Capitalized words that open no side's name. */
const NOT_A_SIDE = new Set(['The', 'A', 'An', 'But', 'And', 'While', 'Then', 'Meanwhile', 'Also', 'In', 'On', 'At']);
/** The most words a side's name has ("Deportivo La Coruna", "Brighton and Hove Albion" has a link word). */
const MAX_SIDE_WORDS = 4;

export interface Side {
  start: number;
  end: number;
}

/**
 * The sides as the unit's spans: each an organization, or a place where it is a country's name; the
 * tagger's spans they overlap give way.
 */
export function withResultSides(
  words: readonly string[],
  spans: { start: number; end: number; type: string }[],
  isCountry: (lowered: string) => boolean,
  isFirstName: (lowered: string) => boolean,
): { start: number; end: number; type: string }[] {
  // A side of two words or more opening with a given name is a player named in full ("Goran Ivanisevic").
  const sides = resultSides(words).filter(
    (side) => side.end - side.start < 2 || !isFirstName((words[side.start] as string).toLowerCase()),
  );
  if (sides.length === 0) return spans;
  const kept = spans.filter((sp) => !sides.some((side) => sp.start < side.end && side.start < sp.end));
  const typed = sides.map((side) => ({
    ...side,
    type: isCountry(words.slice(side.start, side.end).join(' ').toLowerCase()) ? 'LOC' : 'ORG',
  }));
  return [...kept, ...typed].sort((a, b) => a.start - b.start);
}

// The hyphen first: this is asked at every token of the text.
const isScoreAt = (words: readonly string[], i: number): boolean =>
  words[i + 1] === '-' && /^\d{1,3}$/.test(words[i] ?? '') && /^\d{1,3}$/.test(words[i + 2] ?? '');

const isNameWord = (word: string | undefined): boolean =>
  word !== undefined && startsUpper(word) && /\p{L}/u.test(word) && !NOT_A_SIDE.has(word);

/** The sides of the results told in one sentence's words (token indices, end exclusive). */
export function resultSides(words: readonly string[]): Side[] {
  const scores: number[] = [];
  for (let i = 0; i + 2 < words.length; i++) if (isScoreAt(words, i)) scores.push(i);
  if (scores.length === 0) return [];
  // Set scores follow one another ("6-3 6-4", "6-3, 4-6"): a match of players.
  const nextSet = (at: number, k: number): boolean =>
    scores[k + 1] === at + 3 || (scores[k + 1] === at + 4 && words[at + 3] === ',');
  if (scores.some(nextSet)) return [];
  const sides: Side[] = [];
  for (let v = 1; v < words.length; v++) {
    if (!RESULT_VERBS.has(words[v] as string)) continue;
    // The side before the verb ("were held" has its auxiliary between them).
    let end = v;
    if (words[v] === 'held' && (words[v - 1] === 'were' || words[v - 1] === 'was')) end = v - 1;
    let start = end;
    while (start > 0 && end - start < MAX_SIDE_WORDS && isNameWord(words[start - 1])) start--;
    // No name, or one longer than a side's: a headline's run of capitals.
    if (start === end || (start > 0 && isNameWord(words[start - 1]))) continue;
    // The other side, after a score and the words that link it: "drew 1-1 with Valencia".
    let at = v + 1;
    let scored = false;
    if (isScoreAt(words, at)) {
      scored = true;
      at += 3;
    }
    while (at < words.length && LINKS.has(words[at] as string)) at++;
    let otherEnd = at;
    while (otherEnd < words.length && otherEnd - at < MAX_SIDE_WORDS && isNameWord(words[otherEnd])) otherEnd++;
    if (otherEnd === at) continue;
    if (isScoreAt(words, otherEnd)) scored = true;
    if (!scored) continue;
    sides.push({ start, end }, { start: at, end: otherEnd });
  }
  return sides;
}
