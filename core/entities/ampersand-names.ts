/**
 * Two capitalized names joined by an ampersand are one firm's name: "Bang & Olufsen", "Smith & Nephew",
 * "Simon & Schuster". The tagger, which knows neither, read each side as a person. News writes two people
 * with "and"; "&" joins the founders in a company's (or a band's, or a law firm's) name. Only where the
 * tagger read both words as people: headings' "Food & Beverage" or "Pros & Cons" are no names at all.
 */
import { CAPITALIZED_NON_NAMES } from './names';
import type { TaggedMention } from './recognize';
import { CAPITALIZED_WORD, PERSON_TITLES } from './refine-words';
import { type Token, unitHolding } from './tokenize';

const AMPERSAND = / & /g;
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’.&-])(${CAPITALIZED_WORD})$`, 'u');
const WORD_AFTER = new RegExp(`^(${CAPITALIZED_WORD})(?![\\p{L}\\p{N}'’&-])`, 'u');
/** A lowercase word after the pair that is not a preposition or a conjunction of a heading. */
const VERB_AFTER = /^ (?!(?:of|and|or|for|in|on|at|to|with|vs|versus|by|from|the|a|an)\b)\p{Ll}{2,}/u;
/** A year after the pair, as a citation gives it: ", 2008", " (2008)", and " , 2008" in text tokenized by spaces. */
const CITED_YEAR = /^ ?,? \(?\d{4}\b/;
/** "Mr. Smith & Mrs. Jones": a title before either side makes them people. */
const TITLE_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}]*\.?)\s$/u;

const notName = (word: string): boolean => CAPITALIZED_NON_NAMES.has(word) || PERSON_TITLES.has(word);

/** Whether `word` is, in another mention, a word of a longer person's name or a name of another type. */
function namedElsewhere(mentions: readonly TaggedMention[], word: string, self: TaggedMention | undefined): boolean {
  return mentions.some((m) => {
    if (m === self) return false;
    if (m.type !== 'PER') return m.text === word;
    const words = m.text.split(/\s+/);
    return words.length > 1 && (words[0] === word || words.at(-1) === word);
  });
}

export function joinAmpersandNames(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
  /** Where each unit's first token starts. */
  sentenceStarts: ReadonlySet<number>,
): TaggedMention[] {
  let out = mentions;
  // The ampersand is looked for first: it is rare, where a pattern for the names would be tried at every capital.
  for (const amp of text.matchAll(AMPERSAND)) {
    const at = amp.index as number;
    const left = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    const right = WORD_AFTER.exec(text.slice(at + 3, at + 43))?.[1];
    if (!left || !right || notName(left) || notName(right)) continue;
    const start = at - left.length;
    const end = at + 3 + right.length;
    // Authors cited ("Hay, Maclagan & Gordon 2008") are people.
    if (CITED_YEAR.test(text.slice(end, end + 8)) || /,\s$/.test(text.slice(start - 2, start))) continue;
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
    if (title && PERSON_TITLES.has(title)) continue;
    // Both sides read as people, each on its own: a side the tagger read as a place or a company, or
    // as part of a longer name ("Marlon Wayans & Regina Hall" lists two people), is left as it is.
    const first = out.find((m) => m.start === start && m.end === at);
    const second = out.find((m) => m.start === at + 3 && m.end === end);
    // A sentence's first word the tagger left alone may be the first name, when a verb follows the pair
    // ("Simon & Schuster published…"); a heading's "Food & Beverage of the Year" is no name.
    const opensSentence =
      !first && covered[start] !== 1 && VERB_AFTER.test(text.slice(end, end + 24)) && sentenceStarts.has(start);
    if ((first?.type !== 'PER' && !opensSentence) || second?.type !== 'PER') continue;
    // Names the text gives elsewhere as a person's ("J.M.W. Turner", for "Turner & Constable") or as a
    // company's ("Reddit") are those: the pair lists them.
    if (namedElsewhere(out, left, first) || namedElsewhere(out, right, second)) continue;
    const unit = unitHolding(units, start, end);
    if (unit < 0) continue;
    covered.fill(1, start, end);
    out = [
      ...out.filter((m) => m !== first && m !== second),
      { text: text.slice(start, end), start, end, type: 'ORG', unit, cue: true },
    ];
  }
  return out;
}
