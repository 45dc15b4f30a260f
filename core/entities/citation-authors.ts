/**
 * Authors cited the way scholarly writing cites them, which reports on research quote too: in brackets
 * with the year ("(Boot, Kramer, & Gratton, 2008; Klingberg et al., 2005)") or named in the sentence
 * before the year in brackets ("Cruse & Croft (2004) begin…", "Klingberg et al. (2005)"). The tagger
 * reads such a surname with nothing around it but commas and years, and took many for places ("Nutley",
 * "Mackey", "Kramer"); in this frame each is a person.
 */

import { KNOWN_ORGANIZATIONS } from './lexicon';
import { CAPITALIZED_NON_NAMES } from './names';
import type { TagSpan } from './tagger';

/** A year as a citation gives it: "2008", "2005a", "1997b". */
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
/** One word of a surname: capitalized, with a lowercase letter ("Nutley", "McManus", "O'Brien"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;
/** Lowercase particles that open or sit inside a surname ("de Vries", "van Dijk", "Domínguez Caparrós"). */
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'du', 'del', 'di', 'la', 'le', 'dos', 'das']);
/** Capitalized words a bracket holds before a year that are no author: "(January, 2015)", "(Summer 2019)". */
const NOT_AUTHORS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter Monday Tuesday Wednesday Thursday Friday Saturday Sunday Figure Table Chapter Section Appendix Fig Vol Volume Edition Issue Season Series Class Since Until From Before After During Around About Circa Est Founded Born Died Released Published'.split(
    ' ',
  ),
);
/** Words a bracketed citation may open with before its authors. */
const LEAD_INS = new Set(['e.g.', 'e.g', 'eg', 'i.e.', 'see', 'also', 'cf.', 'cf', 'for', 'example', 'review', 'in']);

/** The end of one surname starting at `i` (particles, name words, hyphenated parts), or `i` when none. */
function surnameEnd(words: readonly string[], i: number, end: number): number {
  let j = i;
  while (j < end && PARTICLES.has(words[j] as string)) j++;
  const first = words[j] as string;
  if (j >= end || !NAME_WORD.test(first) || NOT_AUTHORS.has(first) || CAPITALIZED_NON_NAMES.has(first)) return i;
  j++;
  // "Faretta-Stutenberg", "Domínguez Caparrós": hyphenated parts and a second surname.
  for (;;) {
    if (words[j] === '-' && j + 1 < end && NAME_WORD.test(words[j + 1] as string)) j += 2;
    else if (j < end && NAME_WORD.test(words[j] as string) && j - i < 2) j++;
    else return j;
  }
}

/**
 * The surnames of an author list running exactly from `from` to `to` ("Boot , Kramer , & Gratton",
 * "Klingberg et al .", "Cruse and Croft"), or null when the words are anything else.
 */
function authorList(words: readonly string[], from: number, to: number): { start: number; end: number }[] | null {
  const names: { start: number; end: number }[] = [];
  let i = from;
  for (;;) {
    const end = surnameEnd(words, i, to);
    if (end === i) return null;
    names.push({ start: i, end });
    i = end;
    if (i === to) return names;
    if (words[i] === 'et' && words[i + 1] === 'al') {
      i += words[i + 2] === '.' ? 3 : 2;
      return i === to ? names : null;
    }
    const separatorAt = i;
    if (words[i] === ',') i++;
    if (words[i] === '&' || words[i] === 'and') i++;
    if (i === separatorAt || i >= to) return null;
  }
}

/**
 * Whether the names may be people's: several names in one list are authors whatever the tagger made of
 * one of them; a name alone is when it is one surname that the tagger did not read as an organization's.
 */
function mayBePeople(
  words: readonly string[],
  names: readonly { start: number; end: number }[],
  spans: readonly TagSpan[],
): boolean {
  if (names.length > 1) return true;
  const name = names[0] as { start: number; end: number };
  // One surname alone: more words are as often a body's or a journal's name ("(Open Science
  // Collaboration, 2015)", "(Scientific Reports, 2024)"), and a known company stays one ("(Springer, 2010)").
  const named = words.slice(name.start, name.end);
  const hyphens = named.filter((w) => w === '-').length;
  if (
    named.filter((w) => NAME_WORD.test(w)).length - hyphens > 1 ||
    KNOWN_ORGANIZATIONS.has(named.join('').toLowerCase())
  )
    return false;
  return !spans.some((s) => s.start === name.start && s.end === name.end && s.type === 'ORG');
}

/** The surnames cited in bracketed citations: "( Boot , Kramer , & Gratton , 2008 ; Klingberg et al. , 2005 )". */
function bracketedAuthors(
  words: readonly string[],
  spans: readonly TagSpan[],
  open: number,
  close: number,
  isPlace: (lowered: string) => boolean,
): TagSpan[] {
  const found: TagSpan[] = [];
  let from = open + 1;
  for (let i = from; i <= close; i++) {
    if (i < close && words[i] !== ';') continue;
    // One item: lead-in words, the authors, a comma, the year (and perhaps ", p. 12" after it).
    let start = from;
    while (start < i && LEAD_INS.has((words[start] as string).toLowerCase())) start++;
    if (words[start] === ',') start++;
    let year = start;
    while (year < i && !YEAR.test(words[year] as string)) year++;
    from = i + 1;
    if (year === i) continue;
    const namesEnd = words[year - 1] === ',' ? year - 1 : year;
    const names = namesEnd > start ? authorList(words, start, namesEnd) : null;
    if (!names || !mayBePeople(words, names, spans)) continue;
    // A list of venues and their towns is no list of authors ("(Albertinum, Dresden, and Haus Cleff,
    // Remscheid, 2025)"): every second name a known place, after a comma.
    const townAfter = (k: number) => {
      const n = names[k] as { start: number; end: number };
      return words[n.start - 1] === ',' && isPlace(words.slice(n.start, n.end).join(' ').toLowerCase());
    };
    if (names.length % 2 === 0 && names.every((_, k) => k % 2 === 0 || townAfter(k))) continue;
    for (const n of names) found.push({ ...n, type: 'PER' });
  }
  return found;
}

/**
 * The authors named in the sentence before a bracketed year: "Cruse and Croft ( 2004 )", "Klingberg et al.
 * ( 2005 )". A name alone there is as often a film's or a book's ("Leap Year (2010)"), and a pair joined
 * by "and" may be one too ("Pride and Prejudice (2005)"): those count only when the tagger read one of the
 * names as a person's.
 */
function narrativeAuthors(words: readonly string[], spans: readonly TagSpan[], open: number): TagSpan[] {
  if (!YEAR.test(words[open + 1] ?? '') || words[open + 2] !== ')') return [];
  // Back from the bracket over at most six words, the nearest start first: the first list that is sure.
  for (let from = open - 1; from >= Math.max(0, open - 6); from--) {
    const names = authorList(words, from, open);
    if (!names) continue;
    // Two authors are joined by "and" or "&" alone: a list with commas before a year is as often a venue
    // and its city ("Fotografiska, Stockholm (2015)").
    const cited = words.slice(from, open);
    const etAl = names.length === 1 && cited.includes('al');
    const pair = names.length === 2 && !cited.includes(',');
    const sure =
      etAl ||
      (pair &&
        (cited.includes('&') ||
          names.some((n) => spans.some((s) => s.type === 'PER' && s.start === n.start && s.end === n.end))));
    if (sure) return names.map((n) => ({ ...n, type: 'PER' }));
  }
  return [];
}

/** The unit's spans with the authors of its citations read as people (the spans unchanged when none). */
export function withCitationAuthors(
  words: readonly string[],
  spans: TagSpan[],
  /** Whether a lowercased name is a known place's. */
  isPlace: (lowered: string) => boolean,
): TagSpan[] {
  if (!words.includes('(')) return spans;
  const authors: TagSpan[] = [];
  for (let open = words.indexOf('('); open >= 0; open = words.indexOf('(', open + 1)) {
    // A bracket the sentence splitter cut ("…, 2011, p." then "1225)") runs to the unit's end.
    const closing = words.indexOf(')', open);
    const close = closing < 0 ? words.length : closing;
    authors.push(...narrativeAuthors(words, spans, open), ...bracketedAuthors(words, spans, open, close, isPlace));
  }
  if (authors.length === 0) return spans;
  const overlaps = (a: TagSpan, b: TagSpan) => a.start < b.end && b.start < a.end;
  return [...spans.filter((s) => !authors.some((a) => overlaps(a, s))), ...authors].sort((a, b) => a.start - b.start);
}
