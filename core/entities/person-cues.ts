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

/** An age in commas or what a person tells the press: where a search for the name before it starts. */
const CUE = / ?, \d{1,3} ?,| told (?:reporters|journalists|Reuters|AFP|AP|Bloomberg|the BBC|CNN)\b/g;
/** Two to four capitalized words ending right where the cue begins. */
const RUN_BEFORE_CUE = new RegExp(`(?<![\\p{L}\\p{N}'’.-])((?:${CAPITALIZED_WORD} ){1,3}${CAPITALIZED_WORD})$`, 'u');
/** How far back a run of four words may begin. */
const RUN_REACH = 80;

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
  // The cue is looked for first (a plain search), then the name before it: a search for the name itself
  // would try its pattern at every capital of the text.
  for (const cue of text.matchAll(CUE)) {
    const cueAt = cue.index as number;
    const before = text.slice(Math.max(0, cueAt - RUN_REACH), cueAt);
    const run = RUN_BEFORE_CUE.exec(before);
    if (!run) continue;
    const words = (run[1] as string).split(' ');
    let start = cueAt - (run[1] as string).length;
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
