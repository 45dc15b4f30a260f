/**
 * Runs the tagger over an article: sentence spans are cut further at line breaks (a headline or a
 * dateline is its own unit), tokenized, tagged with document-level capitalization statistics, tagged again
 * by the second pass (when the model has one) knowing the first pass's labels of the same words elsewhere
 * in the article, and the BIO spans turned into mentions with offsets into the text.
 */
import type { TextSpan } from '../types';
import { withCitationAuthors } from './citation-authors';
import { withoutDatedWorks } from './dated-works';
import {
  type DocStats,
  docStats,
  documentFeatures,
  type SentenceFeatures,
  sentenceFeatures,
  withExtra,
} from './features';
import { lowerCase } from './letter-case';
import { OTHER_COUNTRY_NAMES } from './lexicon';
import { withResultSides } from './match-results';
import type { NerModel } from './model';
import { completePersonList } from './name-lists';
import { type Entrant, entrants, type ScoreLine, scorecardNames, scoreLineNames } from './score-lines';
import { withoutStanceNames } from './stance-prefixes';
import { decode, type LinearWeights, START, spansFromTags, viterbiRange } from './tagger';
import { type Token, tokenize } from './tokenize';

export type TagType = 'PER' | 'ORG' | 'LOC';

export interface TaggedMention extends TextSpan {
  type: TagType;
  /** Index of the tagging unit (sentence or line) the mention is in. */
  unit: number;
  /** Found by a context cue (company-cues.ts) rather than the tagger: sure enough to copy to its repeats. */
  cue?: true;
}

/** Units longer than this are tagged in pieces, so one giant "sentence" cannot blow up memory. */
const MAX_UNIT_TOKENS = 200;

/** Token runs to tag: each sentence span split at line breaks and long runs split in pieces. */
export function taggingUnits(text: string, sentences: readonly TextSpan[]): Token[][] {
  const spans = sentences.length > 0 ? sentences : [{ text, start: 0, end: text.length }];
  const units: Token[][] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    let from = start;
    while (from < end) {
      let nl = text.indexOf('\n', from);
      if (nl < 0 || nl > end) nl = end;
      const all = tokenize(text, from, nl);
      let opening = datelineLength(text, all);
      if (opening >= all.length) opening = 0;
      if (opening > 0) units.push(all.slice(0, opening));
      const tokens = opening > 0 ? all.slice(opening) : all;
      for (let k = 0; k < tokens.length; k += MAX_UNIT_TOKENS) units.push(tokens.slice(k, k + MAX_UNIT_TOKENS));
      from = nl + 1;
    }
  }
  return units;
}

const DASHES = new Set(['-', '–', '—', '--']);
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’]+$/u;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.'’]*$/u;

/** Number of words in capitals that open a unit: a dateline's place ("LONDON", "NEW YORK"). */
function capitalsRun(tokens: readonly Token[]): number {
  let n = 0;
  while (n < tokens.length && CAPITALS_WORD.test((tokens[n] as Token).text)) n++;
  return n;
}

/**
 * Number of tokens of a bare dateline at the start of a line, dash included ("LONDON -", "BEIRUT,
 * Lebanon —"), or 0. The tagger learned datelines with an agency or a date ("KABUL, Afghanistan (AP) —")
 * and reads those well within their sentence, but it was never shown a bare one and read "LONDON -
 * Britain's…" as one person's name; so a bare dateline is tagged as a unit of its own.
 */
function datelineLength(text: string, tokens: readonly Token[]): number {
  let i = capitalsRun(tokens);
  if (i === 0) return 0;
  // ", Lebanon", ", Calif.": the state or country after the place.
  if (tokens[i]?.text === ',') {
    i++;
    const from = i;
    while (i < tokens.length && i - from < 3 && CAPITALIZED_WORD.test((tokens[i] as Token).text)) i++;
    if (i === from) return 0;
  }
  const dash = tokens[i];
  // A dash standing alone, not the hyphen of "12-in-1".
  if (!dash || !DASHES.has(dash.text) || text[dash.start - 1] !== ' ' || !/^\s/.test(text[dash.end] ?? ' ')) return 0;
  return i + 1;
}

/** The Associated Press's abbreviations of the states of the US, as datelines write them ("PEORIA, Ill."). */
const US_STATE_ABBREVIATIONS = new Set(
  'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.'.split(
    ' ',
  ),
);
/**
 * The sport or desk a wire headline opens with, in the place of a dateline ("GOLF - DUTCH OPEN SCORES",
 * "SOCCER - RESULTS"); some are also names of small places of the lists (Golf, Illinois).
 */
const SECTION_SLUGS = new Set(
  'golf|soccer|football|tennis|cricket|rugby|rugby union|rugby league|baseball|basketball|ice hockey|hockey|athletics|cycling|boxing|motor racing|motorcycling|skiing|alpine skiing|swimming|sailing|yachting|rowing|horse racing|squash|badminton|volleyball|handball|snooker|wrestling|judo|gymnastics|olympics|markets|forex|bonds|stocks'.split(
    '|',
  ),
);

/** A date alone: "1997-03-12", "Oct 15", "Sept. 5, 2017", "March 3". */
const DATE_ALONE =
  /^(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.? \d{1,2}(?:, \d{4})?)$/;

/**
 * A line that is only a dateline and its date, as wire services send it on a line of its own: "MOSCOW
 * 1997-03-12", "STUTTGART , Germany 1997-10-23", "LAGOS, Oct 15". The place's capitals are a place
 * whatever the tagger made of them (a bank's city read as the bank, "MILAN" read as a man's name); a
 * state or country after the comma is left to the tagger, or is one of the states' abbreviations.
 */
function datedDateline(
  text: string,
  tokens: readonly Token[],
): { capitals: number; regionStart: number; regionEnd: number } | null {
  const capitals = capitalsRun(tokens);
  const last = tokens[tokens.length - 1];
  if (capitals === 0 || capitals > 4 || !last) return null;
  let i = capitals;
  let regionStart = i;
  let regionEnd = i;
  if (tokens[i]?.text === ',') {
    regionStart = ++i;
    while (i < tokens.length && i - regionStart < 4) {
      const t = tokens[i] as Token;
      // The full stop of an abbreviation ("Ill.") is a token of its own, written against the word.
      const abbreviationStop = t.text === '.' && i > regionStart && t.start === (tokens[i - 1] as Token).end;
      if (!abbreviationStop && (!CAPITALIZED_WORD.test(t.text) || DATE_ALONE.test(`${t.text} 1`))) break;
      i++;
    }
    regionEnd = i;
    if (i === regionStart) return null;
    if (tokens[i]?.text === ',') i++;
  }
  const first = tokens[i];
  return first && DATE_ALONE.test(text.slice(first.start, last.end)) ? { capitals, regionStart, regionEnd } : null;
}

/** Lowercase words that occur inside names ("Bank of America", "Charles de Gaulle"). */
const CONNECTORS = new Set(
  "of and for to the on de la le du des del della di da van von der den y al el bin ibn upon & n't".split(' '),
);

function hasCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
    if (code >= 128) return w !== w.toLowerCase();
  }
  return false;
}

/** Which tokens of a unit the tagger decodes, and the stretches of them. */
interface UnitPlan {
  need: Uint8Array;
  stretches: [number, number][];
}

/**
 * A word starting with a lowercase letter (not a connector) is almost never part of a name (about 0.6% of
 * name tokens in the training data, nearly all connectors), so it is fixed to O and the tagger only decodes
 * the stretches between such words that hold a capital letter: same model, much less work on prose.
 */
function planUnit(words: string[]): UnitPlan {
  const n = words.length;
  const maybe = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const code = w.charCodeAt(0);
    let lowerInitial: boolean;
    if (code < 128) lowerInitial = code >= 97 && code <= 122;
    else {
      const c = w[0] as string;
      lowerInitial = c !== c.toUpperCase();
    }
    maybe[i] = !lowerInitial || CONNECTORS.has(w) ? 1 : 0;
  }
  // Stretches of maybe-tokens that contain a capital letter.
  const stretches: [number, number][] = [];
  const need = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    if (!maybe[i]) {
      i++;
      continue;
    }
    let j = i;
    let capital = false;
    while (j < n && maybe[j]) {
      if (!capital && hasCapital(words[j] as string)) capital = true;
      j++;
    }
    if (capital) {
      stretches.push([i, j]);
      need.fill(1, i, j);
    }
    i = j;
  }
  return { need, stretches };
}

/** Features of one unit (only the planned tokens' static features when decoding by Viterbi). */
function unitFeatures(model: NerModel, words: string[], stats: DocStats, plan: UnitPlan): SentenceFeatures {
  return sentenceFeatures(words, stats, model.gazetteer, model.decoder === 'viterbi' ? plan.need : undefined);
}

/**
 * Tags one unit with the given weights. With `only` and `previous`, a stretch without any token marked in
 * `only` keeps its `previous` tags.
 */
function tagUnit(
  model: NerModel,
  weights: LinearWeights,
  feats: SentenceFeatures,
  plan: UnitPlan,
  only?: Uint8Array,
  previous?: readonly number[],
): number[] {
  if (model.decoder !== 'viterbi') return decode(weights, feats, model.decoder);
  const tags = previous ? previous.slice() : new Array<number>(feats.n).fill(0);
  for (const [from, to] of plan.stretches) {
    if (only && previous && !only.subarray(from, to).includes(1)) continue;
    const part = viterbiRange(weights, feats, from, to, from === 0 ? START : 0);
    for (let k = 0; k < part.length; k++) tags[from + k] = part[k] as number;
  }
  return tags;
}

/**
 * A place the tagger cut short ("United" of "United Arab Emirates") is widened to the whole country or
 * city name from the lists, when that name is written capitalized and does not run into another mention.
 */
function completePlaces(model: NerModel, words: string[], spans: { start: number; end: number; type: string }[]): void {
  const lower = words.map(lowerCase);
  const caps = words.map((w) => hasCapital(w[0] ?? ''));
  const hits = model.gazetteer.match(lower, caps);
  for (const span of spans) {
    if (span.type !== 'LOC') continue;
    let a = span.start;
    let b = span.end;
    while (a > 0 && hits[a]?.some((h) => h.part === 'I' || h.part === 'E') && caps[a - 1]) a--;
    while (b < words.length && hits[b - 1]?.some((h) => h.part === 'B' || h.part === 'I') && caps[b]) b++;
    const clash = spans.some((o) => o !== span && o.start < b && a < o.end);
    if (!clash) {
      span.start = a;
      span.end = b;
    }
  }
}

/**
 * The score lines of a text (score-lines.ts) by unit, when it has a table of them: one line of names and
 * numbers alone may be anything ("Arsenal 2 Chelsea 1" as a headline is read well enough by the tagger).
 */
function scoreLinesOf(words: readonly string[][]): Map<number, ScoreLine> | null {
  const lines = new Map<number, ScoreLine>();
  words.forEach((w, u) => {
    // Only a line of its own: a score line is never a piece of a longer sentence.
    if (w.length < 3 || w.length > 60) return;
    // Every score line and scorecard line ends in a figure ("… 1", "… 13", "… 0-0 )", "… 18-3-60-0"): prose
    // rarely does, and is ruled out before it is read as a line of names.
    const last = w[w.length - 1] === '.' ? w[w.length - 2] : w[w.length - 1];
    if (!/^[\d)]/.test(last ?? '')) return;
    const line = scoreLineNames(w);
    if (line) lines.set(u, line);
    else {
      const people = scorecardNames(w);
      if (people) lines.set(u, { names: people, result: false, people: true });
    }
  });
  return lines.size >= 2 ? lines : null;
}

/** The names of a text's results: sides that played, never people. */
function sidesOf(words: readonly string[][], lines: ReadonlyMap<number, ScoreLine>): Set<string> {
  const sides = new Set<string>();
  for (const [u, line] of lines) {
    if (!line.result) continue;
    for (const { start, end } of line.names) sides.add((words[u] as string[]).slice(start, end).join(' '));
  }
  return sides;
}

/**
 * The spans of a score line's names: a country's side, a club, or in a table's row a person as the
 * tagger read it or with a given name of the lists (a golfer's rounds), unless the name played a match.
 */
function teamSpans(
  model: NerModel,
  words: readonly string[],
  line: ScoreLine,
  sides: ReadonlySet<string>,
  tagged: readonly { start: number; end: number; type: string }[],
  isCountry: (lowered: string) => boolean,
): { start: number; end: number; type: string }[] {
  return line.names.map(({ start, end }) => {
    const written = words.slice(start, end).join(' ');
    const name = written.toLowerCase();
    const asPerson =
      line.people === true ||
      // A table's person is named in full ("Greg Norman"); "Barcelona" alone is a club whatever the tagger said.
      (!line.result &&
        !sides.has(written) &&
        end - start >= 2 &&
        (tagged.some((s) => s.type === 'PER' && s.start === start && s.end === end) ||
          model.gazetteer.isFirstName((words[start] as string).toLowerCase())));
    const type = asPerson ? 'PER' : isCountry(name) ? 'LOC' : 'ORG';
    return { start, end, type };
  });
}

/** The spans of a line of athletes: each a person, the bracket's country a place, a team an organization. */
function entrantSpans(
  found: readonly Entrant[],
  tagged: readonly { start: number; end: number; type: string }[],
  isCountry: (lowered: string) => boolean,
  words: readonly string[],
): { start: number; end: number; type: string }[] {
  const runs: { start: number; end: number; type: string }[] = [];
  for (const e of found) {
    runs.push({ ...e.person, type: 'PER' }, { ...e.country, type: 'LOC' });
    if (e.team) {
      const team = words.slice(e.team.start, e.team.end).join(' ').toLowerCase();
      runs.push({ ...e.team, type: isCountry(team) ? 'LOC' : 'ORG' });
    }
  }
  const kept = tagged.filter((s) => !runs.some((r) => s.start < r.end && r.start < s.end));
  return [...kept, ...runs].sort((a, b) => a.start - b.start);
}

export interface TaggedText {
  mentions: TaggedMention[];
  /** The tokens that were tagged, one array per unit. */
  units: Token[][];
}

export function tagText(model: NerModel, text: string, sentences: readonly TextSpan[]): TaggedText {
  const units = taggingUnits(text, sentences);
  const words = units.map((u) => u.map((t) => t.text));
  const stats = docStats(words);
  const plans = words.map(planUnit);
  // Units with nothing to decode keep all-O tags and need no features.
  const feats = words.map((w, u) =>
    (plans[u] as UnitPlan).stretches.length === 0 && model.decoder === 'viterbi'
      ? null
      : unitFeatures(model, w, stats, plans[u] as UnitPlan),
  );
  const allO = (u: number): number[] => new Array<number>((words[u] as string[]).length).fill(0);
  let tags = feats.map((f, u) => (f ? tagUnit(model, model.weights, f, plans[u] as UnitPlan) : allO(u)));
  const second = model.second;
  if (second) {
    // Second pass: the same units again, knowing how the first pass labelled each word elsewhere.
    // Only stretches with a word seen elsewhere in the document are decoded again (the others have no
    // document evidence; on the dev sets as good as decoding everything again, for less work).
    const evidence: Uint8Array[] = [];
    const extra = documentFeatures(words, tags, evidence, stats.lowered);
    tags = feats.map((f, u) =>
      // A unit without any evidence keeps its first-pass tags (tagUnit would skip all its stretches).
      f && evidence[u]?.includes(1)
        ? tagUnit(model, second, withExtra(f, extra[u]), plans[u] as UnitPlan, evidence[u], tags[u])
        : (tags[u] as number[]),
    );
  }
  const mentions: TaggedMention[] = [];
  const scoreLines = scoreLinesOf(words);
  const isCountry = (lowered: string) => model.gazetteer.isCountry(lowered) || OTHER_COUNTRY_NAMES.has(lowered);
  const isListedPlace = (lowered: string) => model.gazetteer.isPlace(lowered) || isCountry(lowered);
  const entrantsByUnit = words.map((w) => (w.includes('(') ? entrants(w, isCountry) : []));
  // One athlete with a country in brackets may be a company's listing; a draw or a leaderboard has several.
  const withEntrants = entrantsByUnit.reduce((n, e) => n + e.length, 0) >= 2;
  const sides = scoreLines ? sidesOf(words, scoreLines) : new Set<string>();
  for (let u = 0; u < units.length; u++) {
    const tokens = units[u] as Token[];
    let spans = spansFromTags(tags[u] as number[]);
    const scoreLine = scoreLines?.get(u);
    if (scoreLine) spans = teamSpans(model, words[u] as string[], scoreLine, sides, spans, isCountry);
    else if (withEntrants && (entrantsByUnit[u] as Entrant[]).length > 0)
      spans = entrantSpans(entrantsByUnit[u] as Entrant[], spans, isCountry, words[u] as string[]);
    else {
      spans = withResultSides(words[u] as string[], spans, isCountry, (name) => model.gazetteer.isFirstName(name));
      if (spans.length >= 2) {
        const spaced = tokens.map((t) => /\s/.test(text[t.start - 1] ?? ' ') && /\s/.test(text[t.end] ?? ' '));
        spans = completePersonList(words[u] as string[], spaced, spans);
      }
    }
    if (!scoreLine) {
      spans = withoutDatedWorks(words[u] as string[], spans);
      spans = withCitationAuthors(words[u] as string[], spans, isListedPlace);
    }
    if (spans.some((sp) => sp.type === 'LOC')) completePlaces(model, words[u] as string[], spans);
    const dated = datedDateline(text, tokens);
    if (dated) {
      // "MOSCOW 1997-03-12", "PEORIA , Ill. 1997-07-17": the line is a place and a date, nothing else.
      const n = dated.capitals;
      const place = (words[u] as string[]).slice(0, n).join(' ').toLowerCase();
      const region = spans.filter((sp) => sp.start >= dated.regionStart && sp.end <= dated.regionEnd);
      if (
        region.length === 0 &&
        dated.regionEnd > dated.regionStart &&
        US_STATE_ABBREVIATIONS.has(text.slice(tokens[dated.regionStart]?.start, tokens[dated.regionEnd - 1]?.end))
      )
        region.push({ start: dated.regionStart, end: dated.regionEnd, type: 'LOC' });
      const opening = spans.some((sp) => sp.start < n) || model.gazetteer.isPlace(place);
      spans = [
        ...(opening ? [{ start: 0, end: n, type: 'LOC' }] : []),
        ...region.map((sp) => ({ ...sp, type: 'LOC' })),
      ];
    } else if (tokens.length > 0 && datelineLength(text, tokens) === tokens.length) {
      // Alone, "CAIRO —" gives the tagger too little to go on ("LEMONGRASS -" in a list of plants read as a
      // place, "CAIRO" not): its capitals are a place when the lists say so. With a state or country after
      // them ("EAST PALESTINE, Ohio —") the tagger has its cue and is left to it.
      const n = capitalsRun(tokens);
      if (tokens[n]?.text !== ',') {
        const place = (words[u] as string[]).slice(0, n).join(' ').toLowerCase();
        spans.length = 0;
        if (model.gazetteer.isPlace(place) && !SECTION_SLUGS.has(place)) spans.push({ start: 0, end: n, type: 'LOC' });
      }
    }
    for (const span of withoutStanceNames(text, tokens, spans)) {
      const start = (tokens[span.start] as Token).start;
      const end = (tokens[span.end - 1] as Token).end;
      mentions.push({ text: text.slice(start, end), start, end, type: span.type as TagType, unit: u });
    }
  }
  return { mentions, units };
}
