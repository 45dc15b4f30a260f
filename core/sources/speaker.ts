import { KNOWN_ORGANIZATIONS } from '../entities/lexicon';
import {
  ADVERBS,
  AUXILIARIES,
  BOUNDARY,
  DEMONYMS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  ORG_CUES,
  ORG_NOUNS,
  PERSON_ROLES,
  PRONOUNS,
  set,
  TIME_WORDS,
  TITLES,
  type Tok,
  withoutContraction,
} from './words';

/** A phrase naming who speaks, as found next to a reporting verb, before it is resolved. */
export interface SpeakerPhrase {
  text: string;
  start: number;
  end: number;
  tokens: Tok[];
}

const CONNECTORS = new Set([
  'of',
  'for',
  'at',
  'de',
  'del',
  'la',
  'le',
  'von',
  'van',
  'der',
  'al',
  'bin',
  'ibn',
  'and',
  '&',
  'on',
  'from',
]);
const AFFILIATION = new Set(['of', 'at', 'from', 'for']);
const isAppositiveStart = (t: Tok | undefined) =>
  !!t &&
  (DETERMINERS.has(t.lower) ||
    /^\d+$/.test(t.text) ||
    /^(who|which|whose|of|from|now|then|herself|himself)$/.test(t.lower) ||
    (!t.cap && /ed$/.test(t.lower)));

function phrase(toks: Tok[], text: string): SpeakerPhrase | null {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end, tokens: toks };
}

/** Time words that also open names of firms and papers: "Morning Consult", "Evening Standard". */
const NAME_OPENING_TIME_WORDS = new Set(['morning', 'evening', 'night', 'afternoon', 'daily', 'weekly']);

/** Nouns ending in "-ly", which are no adverbs: "the Brown family said", "the assembly said". */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly']);
/** A sentence's opening adverb or conjunction: "Now scientists believe", "But officials said". */
const OPENING_ADVERBS = new Set(['now', 'but', 'and', 'so', 'yet', 'still', 'instead', 'meanwhile', 'however', 'also']);

/** Drops leading time words ("Last week officials") and trailing adverbs ("officials also"). */
function trim(toks: Tok[]): Tok[] {
  let a = 0;
  let b = toks.length;
  // Not "Morning" of "Morning Consult" or "Evening" of "Evening Standard": a name that opens with a time word.
  const opensName = (k: number) =>
    !!toks[k]?.cap && !!toks[k + 1]?.cap && NAME_OPENING_TIME_WORDS.has(toks[k]?.lower ?? '');
  while (a < b && ((TIME_WORDS.has(toks[a]?.lower ?? '') && !opensName(a)) || /^\d{4}$/.test(toks[a]?.text ?? ''))) a++;
  // "Now scientists believe", "But officials said": a sentence's opening adverb or conjunction, before a word
  // in lowercase.
  while (a < b - 1 && OPENING_ADVERBS.has(toks[a]?.lower ?? '') && !toks[a + 1]?.cap) a++;
  while (
    b > a &&
    (ADVERBS.has(toks[b - 1]?.lower ?? '') ||
      AUXILIARIES.has(toks[b - 1]?.lower ?? '') ||
      (TIME_WORDS.has(toks[b - 1]?.lower ?? '') && b - a > 1))
  )
    b--;
  while (b > a && CONNECTORS.has(toks[b - 1]?.lower ?? '')) b--;
  return toks.slice(a, b);
}

/** Walks back over a plain noun phrase ending before index `end`. */
/** "people familiar with the matter", "sources close to the chancellor": the word at `k` says who the unnamed are near. */
function nearTo(toks: Tok[], k: number): boolean {
  const word = toks[k]?.lower;
  const before = toks[k - 1]?.lower ?? '';
  return (
    (word === 'with' && before === 'familiar') || (word === 'to' && /^(close|closer|closest|near|loyal)$/.test(before))
  );
}

/** A figure, in digits or words: "6", "two". */
const COUNT = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * Where the short stretch of words before the comma at `comma` begins: the index of the comma (or the
 * sentence mark) before it, as in ", from Berkhamsted," before "Hertfordshire,".
 */
function commaBefore(toks: Tok[], comma: number, floor: number): number {
  let k = comma - 1;
  while (k >= floor && toks[k]?.text !== ',' && !/^[.;:!?“”"«»(—–]$/.test(toks[k]?.text ?? '') && comma - k < 8) k--;
  return k;
}

/** People spoken of by the place they are in: "police in Leeds", "officials in London". */
const GROUPS_IN_PLACES =
  /^(officials|police|authorities|residents|people|sources|analysts|doctors|witnesses|activists|protesters|officers|diplomats|investigators|prosecutors|firefighters|rescuers|medics|traders|economists|observers|experts|lawmakers|politicians|campaigners|researchers|journalists|villagers|locals|militants|rebels|troops|soldiers|workers|businesses|firms|companies|farmers|retailers|parents|voters|families|teachers)$/;

function walkBack(toks: Tok[], end: number, floor: number): Tok[] {
  const collected: Tok[] = [];
  for (let i = end; i >= floor && collected.length < 12; i--) {
    const t = toks[i];
    if (!t) break;
    if (t.punct) {
      if (t.text === '&') {
        collected.unshift(t);
        continue;
      }
      break;
    }
    if (PRONOUNS.has(t.lower) && collected.length === 0) {
      collected.unshift(t);
      // "one of them"
      if (
        toks[i - 1]?.lower === 'of' &&
        /^(one|some|many|two|three|several|each|both|all|none|most)$/.test(toks[i - 2]?.lower ?? '')
      ) {
        collected.unshift(toks[i - 2] as Tok, toks[i - 1] as Tok);
      }
      break;
    }
    const prev = toks[i - 1];
    const isConnector =
      CONNECTORS.has(t.lower) &&
      (toks[i + 1]?.cap || toks[i + 1]?.lower === 'the') &&
      !!prev &&
      !prev.punct &&
      !BOUNDARY.has(prev.lower);
    // "(nearly) 6 in 10 Americans", "two out of three voters": a share of a people, not "10 Americans".
    const share = t.lower === 'in' && COUNT.test(collected[0]?.lower ?? '') && COUNT.test(prev?.lower ?? '');
    if (share) {
      collected.unshift(t, prev as Tok);
      i--;
      if (/^(nearly|almost|about|around|roughly|some|over|under)$/i.test(toks[i - 1]?.text ?? '')) {
        collected.unshift(toks[i - 1] as Tok);
        i--;
      }
      continue;
    }
    // "Police in Leeds said", "officials in London said": people of a place, not the place.
    const peopleIn =
      /^(in|at)$/.test(t.lower) &&
      collected.length > 0 &&
      collected.every((c) => c.cap) &&
      GROUPS_IN_PLACES.test(prev?.lower ?? '');
    if (peopleIn) {
      collected.unshift(t);
      continue;
    }
    if (BOUNDARY.has(t.lower) && !isConnector && !nearTo(toks, i)) break;
    if (!t.cap && /ly$/.test(t.lower) && !PERSON_ROLES.has(t.lower) && !LY_NOUNS.has(t.lower)) break;
    collected.unshift(t);
    if (
      DETERMINERS.has(t.lower) &&
      !(prev && (AFFILIATION.has(prev.lower) || nearTo(toks, i - 1)) && toks[i - 2] && !toks[i - 2]?.punct) &&
      !(prev?.lower === 'in' && COUNT.test(toks[i - 2]?.lower ?? ''))
    )
      break;
  }
  return collected;
}

/** Past tenses that open a predicate rather than an appositive: "urged", "told", "wrote". */
const IRREGULAR_PAST = set(
  'told said wrote made took gave went came saw left held met led spoke sent won lost put set kept brought began ran stood struck threw sought fought thought knew became chose drove broke spent built',
);
/** Verbs whose subject is someone speaking, whatever is said: the ones a body's name in full and its short name take. */
const SPEAKERS_VERBS = set(
  'said says told tells announced announces warned warns estimated estimates reported stated states noted notes emphasized emphasizes recommended recommends added explained explains confirmed confirms urged urges',
);
/** Participles that report speech whatever follows them ("maintaining a temperature", "hoping it" do not). */
const SPEECH_PARTICIPLES = set(
  'saying telling adding noting arguing warning insisting explaining stating claiming writing acknowledging admitting conceding asserting declaring',
);
/** Verbs of speech a sentence joins to its predicate with "but" or "and": "…, but cautioned that…". */
const JOINED_SPEECH = set(
  'said says added adds cautioned cautions warned warns argued argues insisted insists noted notes stressed stresses acknowledged acknowledges conceded concedes admitted admits',
);
const isPastVerb = (t: Tok | undefined): boolean =>
  !!t && !t.cap && !t.punct && (/^\p{Ll}{2,}ed$/u.test(t.text) || IRREGULAR_PAST.has(t.lower));

/** The subject of the first predicate before token `before` whose subject opens the sentence, or null. */
function subjectOfPredicateBefore(toks: Tok[], before: number, text: string, floor: number): SpeakerPhrase | null {
  for (let k = floor + 1; k < before; k++) {
    if (!isPastVerb(toks[k]) && !SPEAKERS_VERBS.has(toks[k]?.lower ?? '')) continue;
    const subject = phraseBefore(toks, k, text, floor);
    if (subject && subject.start === toks[floor]?.start) return subject;
  }
  return null;
}

/**
 * The speaker phrase that ends right before token index `verbAt` (walking back), e.g. "U.S. security advisory
 * firm The Soufan Group" before "noted". Handles appositives both ways: "Jane Roe, a spokeswoman for X, said"
 * and "His attorney, Megan Cho, said".
 */
export function phraseBefore(toks: Tok[], verbAt: number, text: string, floor = 0): SpeakerPhrase | null {
  let i = verbAt - 1;
  // Skip adverbs and auxiliaries: "Galois himself famously exclaimed", "officials have repeatedly said".
  const skippable = (t: Tok | undefined) =>
    !!t &&
    !t.punct &&
    (ADVERBS.has(t.lower) ||
      AUXILIARIES.has(t.lower) ||
      (!t.cap && /ly$/.test(t.lower) && !PERSON_ROLES.has(t.lower) && !LY_NOUNS.has(t.lower)));
  while (i >= floor && skippable(toks[i])) i--;
  // "Dr. Amy Rothberg, an obesity specialist, called the results “impressive” but cautioned that…": a verb of
  // speech joined to the sentence's own predicate, with "that" after it, is said by the sentence's subject.
  if (
    /^(but|and)$/.test(toks[i]?.lower ?? '') &&
    i > floor &&
    JOINED_SPEECH.has(toks[verbAt]?.lower ?? '') &&
    toks[verbAt + 1]?.lower === 'that'
  )
    return subjectOfPredicateBefore(toks, i, text, floor);
  // "The World Health Organization (WHO) said": the short name in brackets is the speaker's own, before a
  // verb only a speaker has ("Customer Lifetime Value (CLV) reveals" is no speech).
  if (
    toks[i]?.text === ')' &&
    toks[i - 2]?.text === '(' &&
    /^\p{Lu}[\p{L}&.]{1,9}$/u.test(toks[i - 1]?.text ?? '') &&
    SPEAKERS_VERBS.has(toks[verbAt]?.lower ?? '')
  )
    i -= 3;
  if (toks[i]?.text === ',') {
    const close = i;
    let j = close - 1;
    while (j >= floor && toks[j]?.text !== ',' && !/^[.;:!?“”"«»(—–]$/.test(toks[j]?.text ?? '') && close - j < 22) j--;
    const middle = toks.slice(j + 1, close);
    const participle = /ing$/.test(toks[verbAt]?.lower ?? '');
    // "President Trump has repeatedly called on the Fed to lower rates, arguing that…": a clause from the
    // sentence's start, whose subject speaks.
    if (participle && j === floor - 1 && SPEECH_PARTICIPLES.has(toks[verbAt]?.lower ?? '')) {
      const predicate = middle.findIndex((t, k) => k > 0 && (isPastVerb(t) || /^(has|have|had)$/.test(t.lower)));
      return predicate > 0 ? phraseBefore(toks, j + 1 + predicate, text, floor) : null;
    }
    if (toks[j]?.text !== ',' || middle.length === 0) return null;
    // "a survey of 393 IT, platform, and engineering leaders, reveals": the end of a list, not an
    // appositive; its subject is further back.
    if (/^(and|or)$/.test(middle[0]?.lower ?? '')) return null;
    // "Han Dong-hoon, the leader of the PPP, urged Yoon to step down, telling reporters…": the words between
    // the commas are the sentence's predicate, and who tells is its subject.
    if (participle && isPastVerb(middle[0])) return phraseBefore(toks, j + 1, text, floor);
    // "NAME, in remarks to al-Ikhbariya television, said": a channel, not a description.
    if (/^(in|on|at|during|speaking|writing|when|while|meanwhile|however|too|also)$/.test(middle[0]?.lower ?? '')) {
      const name = phrase(trim(walkBack(toks, j - 1, floor)), text);
      return name && analyzePhrase(name).kind !== 'other' ? name : null;
    }
    const lastMiddle = middle[middle.length - 1];
    const roleAppositive =
      !!lastMiddle &&
      !lastMiddle.cap &&
      (PERSON_ROLES.has(lastMiddle.lower) || ORG_NOUNS.has(lastMiddle.lower)) &&
      middle.length <= 8;
    const lowerAppositive =
      !!middle[0] && !middle[0].cap && !middle[0].punct && !BOUNDARY.has(middle[0].lower) && middle.length >= 2;
    if (isAppositiveStart(middle[0]) || roleAppositive || lowerAppositive) {
      // NAME, a spokeswoman for X, said (and "Sen. Robert Kline, R-Ohio, who voted against it, said")
      let nameToks = trim(walkBack(toks, j - 1, floor));
      const tag = nameToks.length === 1 ? nameToks[0] : undefined;
      if (tag && /^(?:[A-Z]-[A-Z][\w.]*|\d{1,3})$/.test(tag.text) && toks[j - 2]?.text === ',')
        nameToks = trim(walkBack(toks, j - 3, floor));
      // "A friend from Camberley, Surrey, who has known her…, told": the county of the town the speaker is
      // from, then the appositive; the speaker is before them.
      const county = nameToks[0];
      if (county && nameToks.every((t) => t.cap) && nameToks.length <= 3) {
        const comma = toks.indexOf(county) - 1;
        const k = commaBefore(toks, comma, floor);
        const town = toks.slice(k + 1, comma);
        const fromAt = town.findIndex((t) => t.lower === 'from');
        if (
          toks[comma]?.text === ',' &&
          fromAt >= 0 &&
          town.slice(fromAt + 1).every((t) => t.cap) &&
          fromAt < town.length - 1
        )
          nameToks = trim(walkBack(toks, k + fromAt, floor));
      }
      const name = phrase(nameToks, text);
      const d = phrase(middle, text);
      if (name && d)
        return { text: `${name.text}, ${d.text}`, start: name.start, end: d.end, tokens: [...name.tokens, ...middle] };
      return null;
    }
    // "Mrs Hampton, from Berkhamsted, Hertfordshire, admitted": the county after the town the speaker is
    // from, not the speaker.
    if (toks[j]?.text === ',' && middle.length <= 3 && middle.every((t) => t.cap)) {
      const k = commaBefore(toks, j, floor);
      const town = toks.slice(k + 1, j);
      if (
        toks[k]?.text === ',' &&
        /^(from|of|in)$/.test(town[0]?.lower ?? '') &&
        town.length >= 2 &&
        town.slice(1).every((t) => t.cap)
      ) {
        const name = phrase(trim(walkBack(toks, k - 1, floor)), text);
        return name && analyzePhrase(name).kind === 'person' ? name : null;
      }
      // "Firefighters in Boise, Idaho, thought": people of the town, then its state.
      const at = town.findIndex((t) => t.lower === 'in');
      if (at > 0 && GROUPS_IN_PLACES.test(town[at - 1]?.lower ?? '') && town.slice(at + 1).every((t) => t.cap))
        return phrase(trim(walkBack(toks, j - 1, floor)), text);
    }
    if (middle.every((t) => t.cap || CONNECTORS.has(t.lower) || t.text === '-') && middle.length <= 5) {
      // His attorney, Megan Cho, said
      const desc = phrase(trim(walkBack(toks, j - 1, floor)), text);
      const name = phrase(middle, text);
      if (desc && name && !desc.tokens.some((t) => PRONOUNS.has(t.lower) && desc.tokens.length === 1))
        return {
          text: `${desc.text}, ${name.text}`,
          start: desc.start,
          end: name.end,
          tokens: [...desc.tokens, ...middle],
        };
      return name;
    }
    return null;
  }
  const trimmed = trim(walkBack(toks, i, floor));
  return trimmed.length ? phrase(trimmed, text) : null;
}

/** The speaker phrase that starts at token index `from` (after an inverted verb: `said Jane Roe, a ...`). */
export function phraseAfter(toks: Tok[], from: number, text: string, ceiling = toks.length): SpeakerPhrase | null {
  const collected: Tok[] = [];
  let i = from;
  for (; i < ceiling && collected.length < 12; i++) {
    const t = toks[i];
    if (!t) break;
    if (t.punct) {
      if (t.text === '&' || t.text === '-' || t.text === '’' || t.text === "'") {
        collected.push(t);
        continue;
      }
      break;
    }
    if (PRONOUNS.has(t.lower) && collected.length === 0) {
      collected.push(t);
      i++;
      break;
    }
    const prev = collected[collected.length - 1];
    const allowed =
      (CONNECTORS.has(t.lower) && collected.length > 0 && (toks[i + 1]?.cap || toks[i + 1]?.lower === 'the')) ||
      (t.lower === 'with' && prev?.lower === 'familiar') ||
      (t.lower === 'by' &&
        !!prev &&
        !prev.cap &&
        /(seen|obtained|reviewed|published|compiled|commissioned|run|led|released|written)$/.test(prev.lower));
    if (BOUNDARY.has(t.lower) && !allowed) break;
    if (
      collected.length > 0 &&
      !t.cap &&
      /(ed|ing|seen|run|written)$/.test(t.lower) &&
      !PERSON_ROLES.has(t.lower) &&
      toks[i + 1]?.lower !== 'by'
    )
      break;
    if (collected.length > 0 && TIME_WORDS.has(t.lower) && !t.cap) break;
    collected.push(t);
  }
  const out = trim(collected);
  const p = out.length ? phrase(out, text) : null;
  // "said Jane Roe, a spokeswoman for the agency." keeps the appositive as part of the phrase.
  if (p && toks[i]?.text === ',' && out.some((t) => t.cap) && isAppositiveStart(toks[i + 1])) {
    let j = i + 1;
    const desc: Tok[] = [];
    while (j < ceiling && toks[j] && !/^[.;:!?,“”"]$/.test(toks[j]?.text ?? '') && desc.length < 16)
      desc.push(toks[j++] as Tok);
    const d = phrase(desc, text);
    if (d) return { text: `${p.text}, ${d.text}`, start: p.start, end: d.end, tokens: [...out, ...desc] };
  }
  // "said the ranger, Ellen Moss." names the speaker after the description.
  if (p && toks[i]?.text === ',' && !out.some((t) => t.cap && t.start > p.start && !DEMONYMS.has(t.lower))) {
    const name: Tok[] = [];
    let j = i + 1;
    while (
      j < ceiling &&
      name.length < 5 &&
      (toks[j]?.cap || (name.length > 0 && CONNECTORS.has(toks[j]?.lower ?? '')))
    )
      name.push(toks[j++] as Tok);
    const n = phrase(name, text);
    if (n && name.length >= 2 && (!toks[j] || /^[.!?;]$/.test(toks[j]?.text ?? '')))
      return { text: `${p.text}, ${n.text}`, start: p.start, end: n.end, tokens: [...out, ...name] };
  }
  return p;
}

export type PhraseKind = 'pronoun' | 'person' | 'organization' | 'anonymous' | 'document' | 'definite' | 'other';

export interface SpeakerParts {
  /** The proper name in the phrase ("The Soufan Group", "Abu Bakr Al-Bagdadi"), if any. */
  name?: string;
  /** The words naming an unnamed speaker ("a Pakistani government official"), without appositive clauses. */
  label: string;
  /** The describing words ("U.S. security advisory firm", "a spokeswoman for the agency"). */
  description?: string;
  /** Lower-case head noun of a description ("firm", "official"). */
  head?: string;
  kind: PhraseKind;
  /** "a"/"an"/"some" phrases stay anonymous; "the" phrases try to refer back. */
  definite: boolean;
}

const isCommonWord = (t: Tok) => PERSON_ROLES.has(t.lower) || ORG_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower);
const isNameTok = (t: Tok, first: boolean) =>
  t.cap &&
  !DEMONYMS.has(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  (!TIME_WORDS.has(t.lower) || NAME_OPENING_TIME_WORDS.has(t.lower)) &&
  !/-(born|based|led|backed|owned|run|made|funded)$/i.test(t.text) &&
  !(first && (isCommonWord(t) || /(ed|ing|ly|al)$/.test(t.lower)));

export function isOrgName(name: string): boolean {
  // "The Royal Mail", "Tesco": a company the entity lists know, though no entity was found for it here.
  if (KNOWN_ORGANIZATIONS.has(name.replace(/^the\s+/i, '').toLowerCase())) return true;
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((w) => ORG_CUES.has(w.replace(/[’']s$/, '')))) return true;
  if (/^(?:the )?[A-Z][A-Z&.]{1,7}$/i.test(name)) return /[A-Z]{2}/.test(name);
  return words.length <= 3 && /\b[A-Z]{3,}\b/.test(name);
}

const stripPossessive = (s: string) => s.replace(/[’']s?$/, '');
const isGroupNoun = (w: string) =>
  PERSON_ROLES.has(w) || (/^[a-z]+(ers|ors|ists|ians|ants|ents)$/.test(w) && !ORG_NOUNS.has(w));
/** "agencies" -> "agency", "companies" -> "company", "groups" -> "group". */
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');

/** A plural demonym: "Tunisians", "Americans", "Israelis", "Germans" (the singular among DEMONYMS or in -ian). */
function isPeopleOfAPlace(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const singularForm = word.slice(0, -1).toLowerCase();
  return DEMONYMS.has(singularForm) || /(?:ian|ican|ean|yan)$/.test(singularForm);
}

/**
 * The last words of a named study or report ("… Rental Car Satisfaction Study", "World Happiness Report").
 * Fewer than DOCUMENT_NOUNS: outlets end in "Post", "Review", "Record" or "Letter".
 */
const NAMED_DOCUMENTS = new Set(['study', 'survey', 'report', 'poll', 'index', 'census', 'assessment', 'findings']);

/** A named document's name: the phrase from its first capitalized word or figure ("our 2025 Pulse Survey"). */
function documentName(p: SpeakerPhrase): string {
  const words = p.tokens.filter((t) => !t.punct);
  const first = words.find((t) => t.cap || /^\d/.test(t.text) || /^Q\d$/.test(t.text));
  return first ? p.text.slice(first.start - p.start) : p.text;
}

/** The phrase read as if written in lowercase: a capital only a sentence's or a title's. */
const inLowercase = (p: SpeakerPhrase): SpeakerPhrase => ({
  ...p,
  tokens: p.tokens.map((t) => ({ ...t, cap: false })),
});

/** Whether two capitalized words, neither a title, stand right before `at`: a person named in full. */
function namedInFullBefore(toks: readonly Tok[], at: number): boolean {
  const a = toks[at - 2];
  const b = toks[at - 1];
  return !!a?.cap && !!b?.cap && !TITLES.has(a.lower) && !TITLES.has(b.lower);
}

/** Splits a speaker phrase into name and description and guesses what kind of speaker it is. */
export function analyzePhrase(p: SpeakerPhrase): SpeakerParts {
  const words = p.tokens.filter((t) => !t.punct);
  const first = words[0];
  if (!first) return { kind: 'other', definite: false, label: p.text };
  // "We’ve found", "I’ll add": the pronoun with its auxiliary run in.
  const pronoun = withoutContraction(first.lower);
  if (words.length === 1 && PRONOUNS.has(pronoun))
    return { kind: 'pronoun', definite: true, head: pronoun, label: p.text };
  // "Unions insist", "Experiments revealed": a common noun capitalized only as a sentence's first word, a
  // body or a document rather than a person's name (not "Developers", people before they are a firm).
  if (words.length === 1 && first.cap) {
    const noun = singular(first.lower);
    if (DOCUMENT_NOUNS.has(noun) || DOCUMENT_NOUNS.has(first.lower))
      return { label: p.text, description: p.text, head: noun, kind: 'document', definite: false };
    if (ORG_NOUNS.has(noun) && !/(?:er|or)s$/.test(first.lower)) return analyzePhrase(inLowercase(p));
  }
  // "The Health Secretary", "The Prime Minister": an office written in capitals, read as it is in lowercase.
  if (
    /^the$/i.test(first.text) &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.slice(1).every((t) => t.cap && TITLES.has(t.lower))
  )
    return analyzePhrase(inLowercase(p));
  // "Britain's Foreign Secretary", "The UK's Health Minister": so after a place's possessive, which keeps
  // its capital ("Britain's foreign secretary" is an office holder of Britain, not Britain).
  const placeAt = /^the$/i.test(first.text) ? 1 : 0;
  const possessive = words[placeAt];
  if (
    possessive?.cap &&
    /['’]s$/.test(possessive.text) &&
    words.length >= placeAt + 2 &&
    words.length <= placeAt + 4 &&
    words.slice(placeAt + 1).every((t) => t.cap && TITLES.has(t.lower))
  ) {
    const office = new Set(words.slice(placeAt + 1));
    return analyzePhrase({ ...p, tokens: p.tokens.map((t) => (office.has(t) ? { ...t, cap: false } : t)) });
  }

  // Appositives: "Jane Roe, a spokeswoman for X" or "His attorney, Megan Cho".
  const comma = p.text.indexOf(', ');
  if (comma > 0) {
    const cut = p.start + comma;
    const leftToks = p.tokens.filter((t) => t.end <= cut);
    const rightToks = p.tokens.filter((t) => t.start > cut);
    const left = analyzePhrase({ text: p.text.slice(0, comma), start: p.start, end: cut, tokens: leftToks });
    const right = analyzePhrase({ text: p.text.slice(comma + 2), start: cut + 2, end: p.end, tokens: rightToks });
    // The name is on the right when the left only describes ("His attorney, Megan Cho"; "Chief executive of
    // the Refugee Council, Enver Solomon").
    const rightIsName =
      right.kind === 'person' && right.name === right.label && (right.name?.split(' ').length ?? 0) >= 2;
    const leftDescribes = !left.name || (!!left.description && left.kind !== 'person');
    const rightIsClause = /^(who|whose|which|of|at|from|for|with|in|on)\b/i.test(p.text.slice(comma + 2));
    const [named, described] =
      !rightIsClause && ((!left.name && right.name && right.kind !== 'document') || (rightIsName && leftDescribes))
        ? [right, left]
        : [left, right];
    const descText = named === left ? p.text.slice(comma + 2) : p.text.slice(0, comma);
    // The head of the description, before any "of"/"at"/"who" ("the messaging app popular with teenagers" -> app).
    const relative = /^(who|whose|which|of|at|from|for|with)\b/i.test(descText);
    const core =
      descText.toLowerCase().split(/\s+(?:of|at|for|in|with|who|whose|which|that|from|popular|based|known|on)\s+/)[0] ??
      '';
    const coreHead = core.split(/\s+/).pop() ?? '';
    let kind = named.kind;
    if (kind === 'person' && !relative && ORG_NOUNS.has(coreHead) && !PERSON_ROLES.has(coreHead)) kind = 'organization';
    const head = relative ? named.head : coreHead || described.head || named.head;
    const out: SpeakerParts = { ...named, kind, description: descText };
    if (head) out.head = head;
    return out;
  }

  // "Vale’s spokesperson", "A Department for Environment spokesperson": an unnamed voice of a named party.
  const last = words[words.length - 1] as Tok;
  if (!last.cap && PERSON_ROLES.has(last.lower) && words.length >= 2) {
    const owner = words.slice(DETERMINERS.has(first.lower) ? 1 : 0, -1);
    if (
      owner.length &&
      owner.every((t) => (t.cap || CONNECTORS.has(t.lower)) && !/-(born|based|led|backed)$/i.test(t.text)) &&
      // One capitalized word may just open the sentence ("Fire officials said"): only acronyms and possessives.
      (owner.length > 1 || /^[A-Z]{2,}$|[’']s?$/.test(owner[0]?.text ?? '')) &&
      !owner.every((t) => DEMONYMS.has(t.lower))
    ) {
      const name = stripPossessive(
        p.text.slice((owner[0] as Tok).start - p.start, (owner[owner.length - 1] as Tok).end - p.start),
      );
      const isPersonOwner = /[’']s?$/.test(owner[owner.length - 1]?.text ?? '') && !isOrgName(name);
      return {
        name,
        label: p.text,
        description: last.text,
        head: last.lower,
        kind: isPersonOwner ? 'person' : 'organization',
        definite: true,
      };
    }
  }

  // A trailing run of capitalized words is the name; what precedes it describes.
  let k = words.length;
  while (k > 0) {
    const t = words[k - 1] as Tok;
    const prev = words[k - 2];
    const isFirst = k - 1 === 0;
    if (
      isNameTok(t, isFirst) ||
      (/^\d+$/.test(t.text) && words[k]?.cap) ||
      (/^(the|The)$/.test(t.text) && k < words.length && words[k]?.cap && !isFirst) ||
      (CONNECTORS.has(t.lower) && prev && isNameTok(prev, k - 2 === 0) && k < words.length)
    )
      k--;
    else break;
  }
  let nameToks = words.slice(k);
  let descToks = words.slice(0, k);
  // "Monroe County Mayor Teresa Vance": the last title splits description from name.
  const titleAt = nameToks.findLastIndex((t, idx) => idx <= nameToks.length - 2 && TITLES.has(t.lower));
  if (titleAt >= 0 && !ORG_CUES.has(nameToks[nameToks.length - 1]?.lower ?? '')) {
    descToks = [...descToks, ...nameToks.slice(0, titleAt + 1)];
    nameToks = nameToks.slice(titleAt + 1);
    // "US President Barack Obama and President Raul Castro": the words before "and" are another person,
    // not this one's description ("Minister for Trade and Industry" has no name before its "and").
    const and = descToks.findLastIndex((t) => t.lower === 'and');
    if (and > 0 && namedInFullBefore(descToks, and)) descToks = descToks.slice(and + 1);
  }
  // "CEO of the Refugee Council Enver Solomon": an organization's name, then the person's.
  let personAfterOrg = false;
  const cue = nameToks.findLastIndex((t, idx) => idx <= nameToks.length - 3 && ORG_CUES.has(t.lower));
  if (cue >= 0) {
    const rest = nameToks.slice(cue + 1);
    if (rest.length <= 3 && rest.every((t) => t.cap && !ORG_CUES.has(t.lower) && !CONNECTORS.has(t.lower))) {
      descToks = [...descToks, ...nameToks.slice(0, cue + 1)];
      nameToks = rest;
      personAfterOrg = true;
    }
  }
  // "Reform UK’s Nigel Farage", "CNN’s Jake Tapper": a body's possessive, then its person's name.
  const owner = personAfterOrg
    ? -1
    : nameToks.findLastIndex((t, idx) => idx <= nameToks.length - 3 && /[’']s$|s[’']$/.test(t.text));
  if (owner >= 0) {
    const rest = nameToks.slice(owner + 1);
    if (rest.length <= 3 && rest.every((t) => t.cap && !ORG_CUES.has(t.lower) && !CONNECTORS.has(t.lower))) {
      descToks = [...descToks, ...nameToks.slice(0, owner + 1)];
      nameToks = rest;
      personAfterOrg = true;
    }
  }
  // "Mark Ellison of the Brookings Institution": a person with an affiliation.
  const aff = nameToks.findIndex((t, idx) => idx >= 2 && AFFILIATION.has(t.lower));
  let affiliation: string | undefined;
  if (aff >= 2 && !nameToks.slice(0, aff).some((t) => ORG_CUES.has(t.lower))) {
    affiliation = p.text.slice(
      (nameToks[aff] as Tok).start - p.start,
      (nameToks[nameToks.length - 1] as Tok).end - p.start,
    );
    nameToks = nameToks.slice(0, aff);
  }
  let roleFor = false;
  if (nameToks.length && CONNECTORS.has(nameToks[0]?.lower ?? '')) {
    roleFor = AFFILIATION.has(nameToks[0]?.lower ?? '');
    nameToks = nameToks.slice(1);
  }
  const textOf = (ts: Tok[]) =>
    ts.length ? p.text.slice((ts[0] as Tok).start - p.start, (ts[ts.length - 1] as Tok).end - p.start) : '';
  const det = descToks[0] && DETERMINERS.has(descToks[0].lower) ? descToks[0] : undefined;
  const descWords = det ? descToks.slice(1) : descToks;
  const definite = !!det && /^(the|this|that|these|those|its|their|his|her)$/.test(det.lower);
  // "Officials at Florida Power & Light": people speaking for an organization.
  const lastDesc = descWords[descWords.length - 1];
  if (lastDesc && AFFILIATION.has(lastDesc.lower) && PERSON_ROLES.has(descWords[descWords.length - 2]?.lower ?? ''))
    roleFor = true;
  const lowerWords = words.map((w) => w.lower);

  // Documents: "a draft seen by Reuters", "a report by the World Bank".
  if (
    descWords.some((t) => DOCUMENT_NOUNS.has(t.lower)) &&
    (nameToks.length === 0 || roleFor || /\b(by|from|of)$/.test(textOf(descToks)))
  ) {
    const head = descWords.find((t) => DOCUMENT_NOUNS.has(t.lower))?.lower;
    return { label: p.text, description: p.text, ...(head ? { head } : {}), kind: 'document', definite };
  }
  // "Tunisians accuse…", "many Israelis say…": a people, spoken of as a group, is no named person.
  // "10 Americans" of "6 in 10 Americans say" too: a figure before them counts them.
  const people =
    nameToks.length === 1
      ? (nameToks[0] as Tok)
      : nameToks.length === 2 && /^\d/.test(nameToks[0]?.text ?? '')
        ? (nameToks[1] as Tok)
        : undefined;
  // The description written in lowercase, but for the sentence's first word: "Many businesses in…".
  const describedInLowercase = descWords.every((t, k) => !t.cap || (k === 0 && t === first));
  if (people && describedInLowercase && isPeopleOfAPlace(people.text))
    return { label: p.text, description: p.text, head: people.lower, kind: 'anonymous', definite: false };
  if (nameToks.length === 0) {
    const head = last.lower;
    if (/^(one|some|two|three|several|many|each|both|most) of\b/i.test(p.text))
      return { label: p.text, description: p.text, head: 'of', kind: 'anonymous', definite: false };
    if (DOCUMENT_NOUNS.has(head)) return { label: p.text, description: p.text, head, kind: 'document', definite };
    // "the director of the agency", "a member of the board": an unnamed person of the body, not the body. It
    // refers back by its whole wording only: "the director of the museum" is not the agency's director.
    const of = lowerWords.indexOf('of');
    const role = of > 0 ? (lowerWords[of - 1] as string) : '';
    if (PERSON_ROLES.has(role) || /^(head|chief|boss|deputy)s?$/.test(role))
      return { label: p.text, description: p.text, head: role, kind: 'anonymous', definite: false };
    if (ORG_NOUNS.has(head) || ORG_NOUNS.has(singular(head)))
      return { label: p.text, description: p.text, head, kind: definite ? 'definite' : 'organization', definite };
    if (lowerWords.some(isGroupNoun) || /\d+-year-old$/.test(head))
      return { label: p.text, description: p.text, head, kind: definite ? 'definite' : 'anonymous', definite };
    return { label: p.text, description: p.text, head, kind: definite ? 'definite' : 'other', definite };
  }

  // The description's last two words: "Police in", "A lawyer for".
  const preposition = descWords[descWords.length - 1];
  const post = descWords[descWords.length - 2];
  // "Police in Leeds", "officials in London": people of the place, not the place; police and authorities
  // speak as a body, as "Police said" does.
  if (preposition && post && /^(in|at)$/.test(preposition.lower) && GROUPS_IN_PLACES.test(post.lower)) {
    const body = /^(police|authorities)$/.test(post.lower);
    return {
      label: p.text,
      description: p.text,
      head: post.lower,
      kind: body ? 'organization' : 'anonymous',
      definite,
    };
  }
  // "The head of the BfV", "a lawyer for Williams", "an 18-year-old from Sierra Leone": an unnamed person who
  // holds a post in the body, acts for the person named or comes from the place; a spokesman for a body
  // speaks as the body.
  if (
    preposition &&
    post &&
    /^(of|for|from)$/.test(preposition.text) &&
    describedInLowercase &&
    !/^spokes(?:man|woman|person)$/.test(post.lower) &&
    (PERSON_ROLES.has(post.lower) ||
      /^(head|chief|boss|deputy|lawyer|lawyers|attorney|attorneys|\d+-year-old)$/.test(post.lower))
  )
    return { label: p.text, description: p.text, head: post.lower, kind: 'anonymous', definite };
  // "The New York Times", "The Soufan Group": a capital "The" directly before the name is part of it.
  if (det?.text === 'The' && descWords.length === 0) nameToks = [det, ...nameToks];
  const name = textOf(nameToks);
  const head = preposition?.lower;
  let kind: PhraseKind = 'person';
  if (!personAfterOrg && (roleFor || isOrgName(name) || (head && ORG_NOUNS.has(head)))) kind = 'organization';
  // "the J.D. Power 2025 North America Rental Car Satisfaction Study": a name that ends in what it is.
  const nameHead = nameToks[nameToks.length - 1];
  const namedDocument = nameToks.length >= 2 && !!nameHead?.cap && NAMED_DOCUMENTS.has(nameHead.lower);
  if (namedDocument) kind = 'document';
  const description = [textOf(descWords), affiliation].filter(Boolean).join(' ') || undefined;
  // The study's whole name, with the firm and the year before it ("J.D. Power 2025 … Study",
  // "Salesforce's State of Data and Analytics Report"), from its first word in capitals or figures.
  const fullName = namedDocument ? documentName(p) : name;
  const parts: SpeakerParts = { name: fullName, label: fullName, kind, definite: true };
  if (description) parts.description = roleFor ? textOf(descToks) : description;
  if (head) parts.head = head;
  return parts;
}
