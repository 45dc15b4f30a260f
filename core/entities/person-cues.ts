/**
 * What wire copy writes around a person the tagger does not know: an age between commas ("Oluwaseun
 * Adeyemi, 34, told…") and "told reporters" ("Nguyen Thi Lan told reporters…"). Two to four capitalized
 * words the tagger left alone before either are a person, unless they read as a body's, a company's, a
 * place's or an event's name.
 */
import { namesNoPerson } from './country-possessive';
import { CAPITALIZED_NON_NAMES } from './names';
import type { TaggedMention } from './recognize';
import { CAPITALIZED_WORD, LEADING_CONNECTIVES, PERSON_TITLES } from './refine-words';
import { type Token, unitHolding } from './tokenize';

/** A run of two to four capitalized words, then an age in commas or what a person tells the press. */
const PERSON_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])((?:${CAPITALIZED_WORD} ){1,3}${CAPITALIZED_WORD})(?:, \\d{1,3},| told (?:reporters|journalists|Reuters|AFP|AP|Bloomberg|the BBC|CNN)\\b)`,
  'gu',
);

/** A run's opening words that are no part of a name: a sentence's "Yesterday", "However", a title. */
const notName = (word: string): boolean =>
  CAPITALIZED_NON_NAMES.has(word) || LEADING_CONNECTIVES.has(word.toLowerCase()) || PERSON_TITLES.has(word);

export function addPersonCueMentions(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const added: TaggedMention[] = [];
  for (const match of text.matchAll(PERSON_CUE)) {
    const words = (match[1] as string).split(' ');
    let start = match.index as number;
    while (words.length > 0 && notName(words[0] as string)) start += (words.shift() as string).length + 1;
    if (words.length < 2 || namesNoPerson(words)) continue;
    const end = start + words.join(' ').length;
    if (covered.subarray(start, end).some((x) => x === 1)) continue;
    const unit = unitHolding(units, start, end);
    if (unit < 0) continue;
    covered.fill(1, start, end);
    added.push({ text: text.slice(start, end), start, end, type: 'PER', unit });
  }
  return added.length ? [...mentions, ...added] : mentions;
}
