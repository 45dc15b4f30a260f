/**
 * News outlets a story cites: "Rishi Sunak told the Telegraph…", "according to the Guardian", "The Times
 * reported…". The tagger leaves many of them alone ("Telegraph", "Times" read as common nouns); the
 * outlet list of the sources stage knows them. A name of that list is an outlet where a story cites one:
 * after "told", "according to", "reported by", "in an interview with", or before "reported", "revealed".
 * Not elsewhere: "the Sun rose", "the Times Square crowd".
 */
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

/** Words right before an outlet a story cites ("told the", "according to the"), as token pairs. */
const CITED_AFTER = new Set(['told', 'tells', 'via']);
const CITED_AFTER_PAIRS = new Set([
  'according to',
  'reported by',
  'interview with',
  'quoted by',
  'wrote in',
  'writing in',
]);
/** Verbs an outlet does right after its name. */
const OUTLET_VERBS = new Set([
  'reported',
  'reports',
  'revealed',
  'reveals',
  'cited',
  'cites',
  'quoted',
  'quotes',
  'obtained',
  'first',
]);
/** The longest outlet name looked for, in words. */
const MAX_WORDS = 4;

const capitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Whether the words before token `i` (an article skipped) cite an outlet: "told (the)", "according to (the)". */
function citedBefore(tokens: readonly Token[], i: number): boolean {
  const skip = /^the$/i.test(tokens[i - 1]?.text ?? '') ? 1 : 0;
  const one = tokens[i - 1 - skip]?.text;
  const two = tokens[i - 2 - skip]?.text;
  if (one === undefined) return false;
  return CITED_AFTER.has(one) || (two !== undefined && CITED_AFTER_PAIRS.has(`${two} ${one}`));
}

/** Adds an organization mention for each outlet of the list that the story cites, where the tagger found none. */
export function addCitedOutlets(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
  isOutlet: ((name: string) => boolean) | undefined,
): TaggedMention[] {
  if (!isOutlet) return mentions as TaggedMention[];
  const out = mentions.slice();
  units.forEach((tokens, u) => {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      // "The" is no part of the name as the tagger gives names ("according to The Independent").
      if (!capitalized(first.text) || first.text === 'The' || covered[first.start] === 1) continue;
      // The capitalized run from here, then the cue: looked at before the list, which is slower to ask.
      let run = 1;
      while (run < MAX_WORDS && i + run < tokens.length && capitalized((tokens[i + run] as Token).text)) run++;
      const before = citedBefore(tokens, i);
      if (!before && !tokens.slice(i + 1, i + run + 1).some((t) => OUTLET_VERBS.has(t.text))) continue;
      // The longest run of capitalized words from here that the list knows.
      for (let n = run; n >= 1; n--) {
        const last = tokens[i + n - 1] as Token;
        const name = text.slice(first.start, last.end);
        if (!isOutlet(name)) continue;
        const after = tokens[i + n]?.text ?? '';
        if (!before && !OUTLET_VERBS.has(after)) break;
        if (covered.subarray(first.start, last.end).some((x) => x === 1)) break;
        covered.fill(1, first.start, last.end);
        out.push({ text: name, start: first.start, end: last.end, type: 'ORG', unit: u, cue: true });
        i += n - 1;
        break;
      }
    }
  });
  return out;
}
