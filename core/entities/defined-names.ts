/**
 * "the ruling Law and Justice (PiS) party", "The Farmer-Citizen Movement (BBB)", "the National Bank of
 * Poland (NBP)": news spells out a body's name once, its abbreviation after it in parentheses. The tagger
 * misses such names when their words are ordinary ones ("Law and Justice") or cuts them at a place
 * ("National Bank" and "Poland"). The capitalized words right before the abbreviation are the body's
 * name when they hold a word bodies are named with ("Movement", "Party", "Bank") or when "party" follows,
 * whether or not the abbreviation is made of their initials: abroad, it is often in another language
 * (PiS, VVD). Initials alone make no body: terms are defined the same way ("Artificial Intelligence (AI)").
 */
import { isListedPlace } from './lexicon';
import { CAPITALIZED_NON_NAMES } from './names';
import type { TaggedMention } from './recognize';
import { BODY_END, INSTITUTION_END, LEADING_CONNECTIVES, PERSON_TITLES } from './refine-words';
import { type Token, unitHolding } from './tokenize';

/**
 * " (NBP)", " (PiS)", " [KPA]", and " ( NBP )" in text tokenized by spaces: two to eight letters, at least two
 * of them capitals, no digits or dots (tickers).
 */
const ABBREVIATION = / [([] ?(\p{Lu}[\p{Lu}\p{Ll}&]{1,7}) ?[)\]]/gu;
/** "Institute of Medicine (US)": a country's code after a name says where the body is. */
const COUNTRY_CODES = new Set(['US', 'USA', 'UK', 'EU']);
/** A capitalized word, hyphenated or not, with its possessive (" 's" in text tokenized by spaces). */
const NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?\\p{L}+)*(?: ['’]s)?";
const CONNECTOR = '(?:of(?: the)?|and|for|de|du|des|del|la|van|von|on|in|to)';
/** Two to nine name words, lowercase connectors between them, ending where the abbreviation begins. */
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${NAME_WORD}){1,8})$`,
  'u',
);
/** Words of a body's name besides the institutions' and the government bodies' last words. */
const BODY_WORDS = new Set(
  'Movement Party Alliance Front Union Congress League Federation Organisation Organization Coalition Forces Group Fund Assembly Parliament Senate Tribunal Cabinet Directorate Community'.split(
    ' ',
  ),
);
/** Words after a body's head word that go on with its name: "Bank of Poland", "Alliance on Mental Illness". */
const BODY_LINKS = new Set(['of', 'for', 'on', 'to', 'in']);
const PARTY_AFTER = /^\s+(?:party|movement|alliance|coalition|group|bloc|militia)\b/;

/** Opening words that are no part of the name: "The", a connective, a title, a place's possessive. */
function openingNonName(word: string, isPlace: (lowercased: string) => boolean): boolean {
  const possessive = /^(.+)['’]s$/u.exec(word)?.[1];
  if (possessive) return isListedPlace(possessive.toLowerCase(), isPlace);
  return CAPITALIZED_NON_NAMES.has(word) || LEADING_CONNECTIVES.has(word.toLowerCase()) || PERSON_TITLES.has(word);
}

const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`);
/** The capitals opening a name's words, connectors left out: "North Atlantic Treaty Organization" gives NATO. */
const initials = (words: readonly string[]): string =>
  words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * How many opening words to drop so that the rest of the name is what the abbreviation spells, when the
 * whole name is not: up to a connector ("Officials of the | North Atlantic Treaty Organization"), or 0.
 */
function initialsCut(words: readonly string[], abbreviation: string): number {
  if (abbreviation !== abbreviation.toUpperCase() || initials(words) === abbreviation) return 0;
  for (let i = 1; i < words.length - 1; i++) {
    const before = words[i - 1] as string;
    if (!(CONNECTOR_WORD.test(before) || before === 'the') || !/^\p{Lu}/u.test(words[i] as string)) continue;
    if (initials(words.slice(i)) === abbreviation) return i;
  }
  return 0;
}

export function addDefinedNames(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
  isPlace: (lowercased: string) => boolean = () => false,
): TaggedMention[] {
  // The mentions by their first character, so that each abbreviation looks only at those near it: a long
  // text defines its names thousands of times. What changes is noted and applied once at the end, in the
  // order a list rebuilt at every change would have.
  const byStart = new Map<number, TaggedMention[]>();
  let longest = 0;
  const index = (m: TaggedMention): void => {
    const list = byStart.get(m.start);
    if (list) list.push(m);
    else byStart.set(m.start, [m]);
    longest = Math.max(longest, m.end - m.start);
  };
  for (const m of mentions) index(m);
  const removed = new Set<TaggedMention>();
  const retyped = new Map<TaggedMention, TaggedMention>();
  const added: TaggedMention[] = [];
  const overlappingOf = (start: number, end: number): TaggedMention[] => {
    const found: TaggedMention[] = [];
    for (let at = Math.max(0, start - longest + 1); at < end; at++) {
      for (const m of byStart.get(at) ?? []) if (!removed.has(m) && m.end > start) found.push(m);
    }
    return found;
  };
  for (const match of text.matchAll(ABBREVIATION)) {
    const abbreviation = match[1] as string;
    const at = match.index as number;
    if ((abbreviation.match(/\p{Lu}/gu)?.length ?? 0) < 2 || COUNTRY_CODES.has(abbreviation)) continue;
    const run = NAME_BEFORE.exec(text.slice(Math.max(0, at - 140), at))?.[1];
    if (!run) continue;
    const words = run.split(/\s+/);
    let start = at - run.length;
    while (words.length > 0 && openingNonName(words[0] as string, isPlace)) {
      start += (words.shift() as string).length;
      while (/\s/.test(text[start] ?? '')) start++;
      // A connector left at the front ("The Bank of…" without "The" is still a name; "Britain's and…" is not).
      if (words[0] && /^\p{Ll}/u.test(words[0])) words.length = 0;
    }
    // "Officials of the North Atlantic Treaty Organization (NATO)": the words before a connector are no part
    // of the name when the abbreviation spells the words after it.
    const cut = initialsCut(words, abbreviation);
    for (const word of words.splice(0, cut)) {
      start += word.length;
      while (/\s/.test(text[start] ?? '')) start++;
    }
    const name = words.join(' ');
    if (words.length < 2 || text.slice(start, at) !== name) continue;
    // A word bodies are named with, last or before "of", "for"… ("Farmer-Citizen Movement", "National Bank of
    // Poland", "People's Party for Freedom and Democracy"); not "Cloud Service Provider".
    const bodyWord = words.some(
      (w, i) =>
        (BODY_WORDS.has(w) || INSTITUTION_END.test(w) || BODY_END.test(w)) &&
        (i === words.length - 1 || BODY_LINKS.has(words[i + 1] as string)),
    );
    const partyAfter = PARTY_AFTER.test(text.slice(at + match[0].length, at + match[0].length + 16));
    // Initials alone make no body: "Search Engine Optimization (SEO)", "Artificial Intelligence (AI)".
    if (!bodyWord && !partyAfter) continue;
    // All capitals is a dateline or a heading ("LIMA (AP)"); a place's name is the tagger's to type, the
    // long ones too ("Democratic Republic of Congo (DRC)").
    const last = (words[words.length - 1] as string).toLowerCase();
    if (name === name.toUpperCase() || isPlace(name.toLowerCase()) || (!bodyWord && isPlace(last))) continue;
    const end = at;
    const overlapping = overlappingOf(start, end);
    const same = overlapping.find((m) => m.start === start && m.end === end);
    if (same) {
      // The tagger found the name: it is an organization, defined here, and the abbreviation its alias.
      if (same.type !== 'PER') retyped.set(same, { ...same, type: 'ORG', cue: true });
      continue;
    }
    // A mention reaching out of the name, or a person inside it, is left as the tagger read it.
    if (overlapping.some((m) => m.start < start || m.end > end || m.type === 'PER')) continue;
    const unit = unitHolding(units, start, end);
    if (unit < 0) continue;
    covered.fill(1, start, end);
    for (const m of overlapping) removed.add(m);
    const defined: TaggedMention = { text: name, start, end, type: 'ORG', unit, cue: true };
    added.push(defined);
    index(defined);
  }
  if (removed.size === 0 && retyped.size === 0 && added.length === 0) return mentions;
  return [...mentions, ...added].filter((m) => !removed.has(m)).map((m) => retyped.get(m) ?? m);
}
