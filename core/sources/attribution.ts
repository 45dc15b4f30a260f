/**
 * The attribution patterns: which words next to a quote or in a sentence name a speaker and a reporting verb,
 * and where the reported words begin. Resolution of the speaker is left to resolve.ts.
 */
import { reportingVerb, type VerbInfo } from './lexicon';
import { isPersonish } from './resolve';
import { analyzePhrase, phraseAfter, phraseBefore, type SpeakerParts, type SpeakerPhrase } from './speaker';
import {
  ADVERBS,
  BOUNDARY,
  DETERMINERS,
  DOCUMENT_NOUNS,
  ORG_NOUNS,
  PERSON_ROLES,
  PRONOUNS,
  TIME_WORDS,
  type Tok,
  withoutContraction,
} from './words';

export interface Attribution {
  phrase: SpeakerPhrase;
  verb?: string;
  verbInfo?: VerbInfo;
  /** Extent of the attribution words (speaker, verb and what follows up to the sentence end). */
  start: number;
  end: number;
}

const MAX_VERB_DISTANCE = 14;
export const wordsIn = (toks: Tok[]) => toks.filter((t) => !t.punct);
export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Reporting verbs whose base form is also a noun: "a police report", "a council estimate". */
const NOUNS_AS_VERBS =
  /^(report|claim|estimate|note|post|tweet|comment|reply|update|record|release|promise|pledge|vow|forecast|warning)$/;

/** A reporting verb used as a verb: lower-case and not right after "the", "a", "its" (nouns: "the report"). */
export function verbAt(toks: Tok[], i: number): VerbInfo | null {
  const t = toks[i];
  if (!t || t.punct || t.cap) return null;
  // Most words are no reporting verb: that answers first, before the tests of the words around.
  const info = reportingVerb(t.lower);
  if (!info) return null;
  const prev = toks[i - 1];
  if (prev && (DETERMINERS.has(prev.lower) || /[’']s$/.test(prev.text))) return null;
  // "a police report obtained by CNN": a noun after "a" and a noun, not a verb (which "reports" would be).
  if (prev && !prev.cap && /^(a|an)$/.test(toks[i - 2]?.lower ?? '') && NOUNS_AS_VERBS.test(t.lower)) return null;
  // "the Macpherson report was being compiled", "Water charges are one of…": a noun, which a clause's verb
  // follows, not a verb.
  if (/^(was|is|were|are|has|have|had|will|would)$/.test(toks[i + 1]?.lower ?? '')) return null;
  // "City find themselves fourth": no one speaks.
  if (
    info.lemma === 'find' &&
    /^(themselves|itself|himself|herself|myself|ourselves|yourself)$/.test(toks[i + 1]?.lower ?? '')
  )
    return null;
  // "found it difficult to cry": a feeling, not a finding reported.
  if (
    info.lemma === 'find' &&
    toks[i + 1]?.lower === 'it' &&
    /^(hard|difficult|easy|impossible|tough|strange|odd|challenging|frustrating|useful|helpful|interesting|funny|sad|painful)$/.test(
      toks[i + 2]?.lower ?? '',
    )
  )
    return null;
  // "Southampton conceded fewer goals", "conceding 103 points": a score let in, not a point granted.
  if (
    info.lemma === 'concede' &&
    /^(goals?|points?|runs?|tries|try|penalt(?:y|ies)|fewer|more|a|an|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|late|early|twice|once)$/.test(
      toks[i + 1]?.lower ?? '',
    ) &&
    !/^(that|defeat)$/.test(toks[i + 2]?.lower ?? '')
  )
    return null;
  // "have written a book": a book written, not words said.
  if (
    info.lemma === 'write' &&
    /^(a|an)$/.test(toks[i + 1]?.lower ?? '') &&
    /^(book|memoir|novel|letter|song|play|biography|autobiography|column|blog|script|poem|thesis)$/.test(
      toks[i + 2]?.lower ?? '',
    )
  )
    return null;
  // Passive: "were accused of", "It is believed that" do not name a speaker.
  let k = i - 1;
  while (k > 0 && toks[k] && !toks[k]?.punct && (ADVERBS.has(toks[k]?.lower ?? '') || /ly$/.test(toks[k]?.lower ?? '')))
    k--;
  // "was also found guilty", "is widely understood": irregular participles too.
  if (
    /^(was|were|is|are|been|be|being)$/.test(toks[k]?.lower ?? '') &&
    /(ed|told|said|thought|known|found|written|shown|heard|understood|seen)$/.test(t.lower)
  )
    return null;
  return info;
}

/** Whether a phrase can be a speaker at all ("a critical" or "igniting" cannot). */
export function speakerLike(parts: SpeakerParts): boolean {
  // "Unconfirmed reports say" is the hedge the unattributed-claims notes are for, not a source.
  if (
    !parts.name &&
    /^(?:[\w-]+ )?(?:reports|rumou?rs|speculation|sources)$/i.test(parts.label) &&
    !/^(the|two|three|several|multiple)\b/i.test(parts.label)
  )
    return false;
  // "No group claimed responsibility", "nobody said": a speaker the sentence denies is not a source.
  if (!parts.name && /^(?:no|nobody|none|neither)\b/i.test(parts.label) && !/^no\.?\s*\d/i.test(parts.label))
    return false;
  // "the altar" or "the first bullet" cannot speak; "the company", "the report", "the architect" can.
  if (parts.kind === 'definite' && !parts.name) {
    const head = parts.head ?? '';
    return ORG_NOUNS.has(head) || PERSON_ROLES.has(head) || DOCUMENT_NOUNS.has(head) || isPersonish(head);
  }
  return parts.kind !== 'other' || !!parts.name;
}

/**
 * All words between a quote and its verb form the speaker phrase ("U.S. security advisory firm The Soufan
 * Group"), unless one of them shows it is a clause rather than a name ("and then the crowd").
 */
function phraseFromRun(run: Tok[], text: string): SpeakerPhrase | null {
  let end = run.length;
  while (end > 0 && ADVERBS.has(run[end - 1]?.lower ?? '')) end--;
  const toks = run.slice(0, end);
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last || toks.length > 12) return null;
  if (toks.length === 1 && PRONOUNS.has(withoutContraction(first.lower)))
    return { text: first.text, start: first.start, end: first.end, tokens: toks };
  let determiners = 0;
  for (const [k, t] of toks.entries()) {
    if (
      t.punct
        ? !/^[&'’-]$/.test(t.text) && !(t.text === ',' && k > 0)
        : BOUNDARY.has(t.lower) && !/^(of|for|at|and|from|on|with)$/.test(t.lower)
    )
      return null;
    if (!t.punct && !t.cap && /ing$/.test(t.lower) && !PERSON_ROLES.has(t.lower)) return null;
    if (DETERMINERS.has(t.lower) && !/^(of|for|at|from|with)$/.test(toks[k - 1]?.lower ?? '') && t.text !== 'The')
      determiners++;
  }
  if (determiners > 1) return null;
  const p = { text: text.slice(first.start, last.end), start: first.start, end: last.end, tokens: toks };
  return toks.includes(first) && toks.some((t) => t.text === ',') ? (phraseBefore(toks, toks.length, text) ?? p) : p;
}

/** Speaker and verb in the words after a quote or clause: `, X said.` / `, said X.` / ` the security firm closed.` */
export function attributionAfter(toks: Tok[], text: string, strict = false): Attribution | null {
  let i = 0;
  while (i < toks.length && toks[i]?.punct && /^[,—–-]$/.test(toks[i]?.text ?? '')) i++;
  const first = toks[i];
  if (!first || first.punct) return null;
  for (let v = i; v < toks.length && v - i <= MAX_VERB_DISTANCE; v++) {
    const t = toks[v];
    if (!t || (t.punct && t.text !== '&' && t.text !== '-' && !(t.text === ',' && v > i))) break;
    const info = verbAt(toks, v);
    if (!info) continue;
    if (strict && /ing$/.test(t.lower)) return null;
    const phrase = v === i ? phraseAfter(toks, v + 1, text) : phraseFromRun(toks.slice(i, v), text);
    if (!phrase || !speakerLike(analyzePhrase(phrase))) return null;
    if (strict) {
      // Indirect speech ends with its attribution: nothing after it but time, channel or audience words.
      const rest = wordsIn(toks.filter((x) => x.start >= Math.max(phrase.end, t.end)));
      if (
        rest.length > 8 ||
        rest.some((x) => verbAt(toks, toks.indexOf(x)) || /^(was|were|is|are|had|has|would|will|that)$/.test(x.lower))
      )
        return null;
    }
    const last = toks[toks.length - 1] as Tok;
    return { phrase, verb: t.text, verbInfo: info, start: first.start, end: Math.max(last.end, phrase.end) };
  }
  return null;
}

const NOT_SPEAKING_AFTER_AS = new Set(['continue', 'continues', 'continued', 'read', 'reads', 'goes', 'went']);
const FIRST_PERSON = new Set(['i', 'we', 'you']);

/** Name words of an "As NAME, DESCRIPTION explains," opening: capitalized, with at most one particle ("bin", "de"). */
function nameRun(toks: Tok[]): boolean {
  const words = wordsIn(toks);
  return words.length > 0 && words.length <= 6 && words.filter((t) => !t.cap).length <= (words.length > 2 ? 1 : 0);
}

/**
 * The attribution of a sentence that opens "As NAME[, DESCRIPTION] VERB, …" ("As Dr. Stacy Ogbeide, a
 * psychologist with UT Health San Antonio explains, the key is …"): the speaker comes first and the
 * statement after the verb's comma, where the attribution ends. Null unless the sentence opens so.
 */
export function speakerFirstAttribution(toks: Tok[], text: string): Attribution | null {
  for (let v = 2; v < toks.length - 1 && v <= 24; v++) {
    const verb = toks[v] as Tok;
    if (toks[v + 1]?.text !== ',') continue;
    const info = verbAt(toks, v);
    // "As research continues," "As we read," are no attributions; nor is the writer's own "As I've said".
    if (!info || NOT_SPEAKING_AFTER_AS.has(verb.lower)) continue;
    const run = toks.slice(1, v);
    if (FIRST_PERSON.has(withoutContraction(run[0]?.lower ?? ''))) return null;
    const comma = run.findIndex((t) => t.text === ',');
    let phrase: SpeakerPhrase | null = null;
    if (comma < 0) phrase = phraseFromRun(run, text);
    else {
      // "NAME, DESCRIPTION": a name in capitals, then a description that opens in lowercase ("As a
      // result, the company said," is no such opening).
      const name = run.slice(0, comma);
      const description = run.slice(comma + 1);
      const opening = description[0];
      const last = description[description.length - 1];
      if (
        !opening ||
        !last ||
        opening.cap ||
        opening.punct ||
        !nameRun(name) ||
        description.length > 16 ||
        description.some((t) => t.punct && !/^[&'’.-]$/.test(t.text))
      )
        return null;
      const first = name[0] as Tok;
      const nameEnd = (name[name.length - 1] as Tok).end;
      phrase = {
        text: `${text.slice(first.start, nameEnd)}, ${text.slice(opening.start, last.end)}`,
        start: first.start,
        end: last.end,
        tokens: [...name, ...description],
      };
    }
    if (!phrase || !speakerLike(analyzePhrase(phrase))) return null;
    return { phrase, verb: verb.text, verbInfo: info, start: (toks[0] as Tok).start, end: (toks[v + 1] as Tok).end };
  }
  return null;
}

/** Verbs that give a name as well as report words: "called it “…”", "dubbed “…”". */
const NAMING_VERBS = /^(?:call|dub|name|term|label)$/;

/** Speaker and verb in the words before a quote: `X said: “` / `X told reporters, “` / `X said the plan was “`. */
export function attributionBefore(toks: Tok[], text: string, quote = ''): Attribution | null {
  // A quoted title or name ("called it “The Jenna Julien Podcast”") is not a partial quotation.
  const titleLike =
    quote.split(/\s+/).length <= 6 &&
    quote.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|a|in|on|for|to)$/.test(w));
  const acc = toks.findIndex((t, k) => t.lower === 'according' && toks[k + 1]?.lower === 'to');
  if (acc >= 0) {
    const phrase = phraseAfter(toks, acc + 2, text);
    if (phrase) return { phrase, verb: 'according to', start: (toks[acc] as Tok).start, end: phrase.end };
  }
  for (let v = toks.length - 1; v >= 0 && toks.length - v <= 28; v--) {
    const t = toks[v];
    // Passive with an agent: "was described by The Guardian as “…”".
    const passive =
      t && !t.punct && /^(was|were|is|are|been)$/.test(toks[v - 1]?.lower ?? '') && toks[v + 1]?.lower === 'by';
    const passiveInfo = passive && t ? reportingVerb(t.lower) : null;
    if (t && passiveInfo) {
      const agent = phraseAfter(toks, v + 2, text);
      if (agent && speakerLike(analyzePhrase(agent)))
        return {
          phrase: agent,
          verb: t.text,
          verbInfo: passiveInfo,
          start: t.start,
          end: (toks[toks.length - 1] as Tok).end,
        };
    }
    const info = verbAt(toks, v);
    if (!t || !info) continue;
    const after = toks.slice(v + 1);
    if (after.some((a) => /^[.;!?]$/.test(a.text))) break;
    const afterWords = wordsIn(after);
    const introduces = afterWords.length <= 10 && /^[,:]$/.test(after[after.length - 1]?.text ?? '');
    // A partial quote inside reported speech: "said the delay was “indefensible”", "described the project as “…”".
    const partial =
      afterWords.length > 0 &&
      afterWords.length <= 25 &&
      !titleLike &&
      !((NAMING_VERBS.test(info.lemma) || info.lemma === 'describe') && quote.split(/\s+/).length < 2);
    if (!(afterWords.length === 0 || introduces || partial)) continue;
    // "a group called “Coalition Against Roland Duchatelet”": a name given, not words said.
    if (afterWords.length === 0 && titleLike && NAMING_VERBS.test(info.lemma)) continue;
    const phrase = phraseBefore(toks, v, text, 0);
    if (!phrase || !speakerLike(analyzePhrase(phrase))) continue;
    return { phrase, verb: t.text, verbInfo: info, start: phrase.start, end: (toks[toks.length - 1] as Tok).end };
  }
  return null;
}

const OBJECT_VERBS = new Set(
  'claim deny confirm announce admit acknowledge reveal disclose report predict estimate warn vow promise concede find accuse charge'.split(
    ' ',
  ),
);
/** Verbs that take reported speech without "that": "Police said the man ...". */
const BARE_CLAUSE = new Set(
  'say tell add note warn insist argue claim believe think suggest speculate admit concede acknowledge reckon fear hope write tweet post explain state report caution confirm estimate predict agree maintain contend allege stress'.split(
    ' ',
  ),
);
/** Words that may stand between a verb and its "that": "told reporters on Monday that", "said in a statement that". */
const BRIDGE_WORDS = new Set(
  'on in at a an the statement interview news press conference briefing with to reporters journalists me us him her them during last this week post email letter hearing court blog'.split(
    ' ',
  ),
);

/** "at least 40 trucks", "up to 300 people": a quantity opening the reported clause. */
const QUANTIFIER = /^(at least|at most|up to|more than|less than|fewer than)$/;

/** Auxiliaries and finite forms of "be" and "have": a clause's verb, as news copy writes it. */
export const FINITE = new Set(
  'could would will was were is are had has have can may might should must did does'.split(' '),
);

/** The content start of indirect speech after a verb, or -1: "said (on Monday) (that) the plan ...". */
export function contentAfterVerb(toks: Tok[], v: number, info: VerbInfo): number {
  let i = v + 1;
  const that = toks.slice(i, i + 9).findIndex((t) => t.lower === 'that');
  const bridge = (t: Tok) => t.text === ',' || t.cap || TIME_WORDS.has(t.lower) || BRIDGE_WORDS.has(t.lower);
  if (that >= 0 && toks.slice(i, i + that).every(bridge)) return i + that + 1;
  // "said in a programme note that ...", "find for beginners that ...": a short prepositional phrase before "that".
  if (
    that > 0 &&
    /^(in|on|at|during|to|for)$/.test(toks[i]?.lower ?? '') &&
    !toks.slice(i, i + that).some((t) => t.punct)
  )
    return i + that + 1;
  const clauseLike = toks[i]?.cap || DETERMINERS.has(toks[i]?.lower ?? '') || PRONOUNS.has(toks[i]?.lower ?? '');
  if (
    /^(in|on|at|to|for|with|from|after|before|during|by|as)$/.test(toks[i]?.lower ?? '') &&
    !QUANTIFIER.test(`${toks[i]?.lower} ${toks[i + 1]?.lower}`) &&
    !toks.slice(i, i + 9).some((t) => t.lower === 'that') &&
    // "said on Friday it had struck…", "said in a statement the plan…": a time or a channel, skipped below.
    !timeOrChannelAt(toks, i)
  )
    return -1;
  if (OBJECT_VERBS.has(info.lemma) && (!BARE_CLAUSE.has(info.lemma) || !clauseLike)) {
    // "announced on Monday a plan to…" announces the plan; "could find at the time on the market" finds nothing.
    const object = timeOrChannelEnd(toks, i) ?? i;
    const first = toks[object]?.lower ?? '';
    const bare = !PREPOSITIONS.test(first) || QUANTIFIER.test(`${first} ${toks[object + 1]?.lower}`);
    return wordsIn(toks.slice(object)).length >= 2 && bare ? object : -1;
  }
  if (!BARE_CLAUSE.has(info.lemma)) return -1;
  if (info.lemma === 'tell') {
    // told (reporters | The Times | him) ...
    const obj = toks[i];
    if (!obj || obj.punct) return -1;
    // "told The New York Times the…", "told the BBC Chinese Service he…": "of" and "the" inside the name
    // only, not the clause's "the" after it. A capitalized word right before the clause's verb is its
    // subject, not the name's: "told the BBC Labour would…", "told Reuters Trump was…".
    if (obj.cap || (obj.lower === 'the' && toks[i + 1]?.cap)) {
      const nameStart = i;
      if (obj.lower === 'the') i++;
      while (toks[i]?.cap || (/^(of|the)$/.test(toks[i]?.lower ?? '') && toks[i + 1]?.cap)) i++;
      if (FINITE.has(toks[i]?.lower ?? '') && i - nameStart >= 2 && toks[i - 2]?.cap) i--;
    } else if (obj.lower === 'the') i += 2;
    else i++;
    // "told reporters after the vote that…", "told lawmakers at a hearing that…": a short phrase of when or
    // where, then "that".
    if (/^(after|before|at|during|following|in|on|outside)$/.test(toks[i]?.lower ?? '')) {
      const that = toks.slice(i, i + 7).findIndex((t) => t.lower === 'that');
      if (that > 1 && !toks.slice(i, i + that).some((t) => t.punct)) return i + that + 1;
    }
  }
  // Skip time and channel phrases: "on Monday", "in a statement", "last week", "Thursday".
  for (let guard = 0; guard < 4; guard++) {
    const t = toks[i];
    if (!t) return -1;
    if (QUANTIFIER.test(`${t.lower} ${toks[i + 1]?.lower}`)) break;
    if (t.text === ',' || TIME_WORDS.has(t.lower)) {
      i++;
      continue;
    }
    if (/^(on|in|at|during)$/.test(t.lower)) {
      let j = i + 1;
      let jumped = false;
      while (j < toks.length && j - i < 6 && !toks[j]?.punct && toks[j]?.lower !== 'that') {
        if (timeWord(toks, j, t.lower) || toks[j]?.cap || CHANNELS.test(toks[j]?.lower ?? '')) {
          i = j + 1;
          jumped = true;
          break;
        }
        j++;
      }
      if (jumped) continue;
    }
    break;
  }
  if (toks[i]?.lower === 'that') i++;
  const t = toks[i];
  if (!t || t.punct) return -1;
  const clauseStart =
    DETERMINERS.has(t.lower) ||
    PRONOUNS.has(t.lower) ||
    t.cap ||
    /^\d/.test(t.text) ||
    /^(there|no|more|most|all|none|nothing|everyone|several|about|nearly|almost|only|roughly|some)$/.test(t.lower) ||
    QUANTIFIER.test(`${t.lower} ${toks[i + 1]?.lower}`) ||
    // A bare noun subject followed by a finite verb: "said clouds could mimic ...", "said prices were rising",
    // "said supply chains in the region were stable" (a short phrase may qualify the subject). A preposition
    // begins no subject: "could find at the time on the market and it has been…".
    (!QUALIFIER_PREPOSITIONS.test(t.lower) && finiteSoonAfter(toks, i));
  if (!clauseStart || wordsIn(toks.slice(i)).length < 3) return -1;
  // "added" also adds things: "Apple added more features", "the team added 4 mm of foam". Said without
  // "that", what it reports is a clause, with a verb of its own: "added the plan was flawed".
  if (info.lemma === 'add' && toks[i - 1]?.lower !== 'that' && !clauseHasVerb(toks, i)) return -1;
  return i;
}

const QUALIFIER_PREPOSITIONS = /^(in|of|at|for|from|on|across|with)$/;
/** Prepositions, which begin no object and no clause ("warned about the thefts" is what was warned of). */
const PREPOSITIONS = /^(in|of|at|for|from|on|across|with|to|by|after|before|during|into)$/;
const QUALIFIER_DETERMINERS = /^(the|a|an|its|their|his|her|our|this|that)$/;

/**
 * Whether the words at `i` are a bare noun subject and its finite verb: "prices were rising", "clouds could
 * mimic", and with a phrase that qualifies the noun, "supply chains in the region were stable".
 */
function finiteSoonAfter(toks: Tok[], i: number): boolean {
  const finiteWithin = (from: number, to: number): boolean => {
    for (let k = from; k < toks.length && k <= to; k++) {
      const t = toks[k] as Tok;
      if (t.punct) return false;
      if (FINITE.has(t.lower)) return true;
    }
    return false;
  };
  if (finiteWithin(i + 1, i + 3)) return true;
  // The qualifying phrase: a preposition and a determiner right after the noun or after a second noun, or
  // a figure and its unit ("turnout of 30 per cent was low", "inflation of 3% is high").
  const plain = (t: Tok | undefined) =>
    !!t && !t.punct && !t.cap && /^\p{Ll}+$/u.test(t.text) && !/(ing|ed)$/.test(t.lower);
  for (const at of [i + 1, i + 2]) {
    if (at === i + 2 && !plain(toks[i + 1])) break;
    if (!plain(toks[i]) || !QUALIFIER_PREPOSITIONS.test(toks[at]?.lower ?? '')) continue;
    if (QUALIFIER_DETERMINERS.test(toks[at + 1]?.lower ?? '')) return finiteWithin(at + 2, at + 4);
    if (/^\d/.test(toks[at + 1]?.text ?? '')) {
      // Past the figure, its thousands written apart ("40,000"), to its unit and the verb.
      let j = at + 2;
      while (toks[j]?.text === ',' && /^\d/.test(toks[j + 1]?.text ?? '')) j += 2;
      return finiteWithin(j, j + 3) || toks.slice(j, j + 4).some((t) => /^\p{Ll}{3,}ed$/u.test(t.text));
    }
  }
  return false;
}

/** Nouns of the channel a statement was made in: "in a statement", "at a briefing". */
const CHANNELS =
  /^(statement|interview|conference|briefing|post|email|letter|release|hearing|speech|court|filing|note|memo|video|podcast|tweet|blog)$/;
/** Spans of time after "in", "at" or "during": "in the past", "in recent weeks", "at the time". */
const PERIODS = /^(past|days|weeks|months|years|time)$/;
/** Whether the word at `j` names a time, for the phrase that preposition `p` opens ("on the days of…" is none). */
const timeWord = (toks: Tok[], j: number, p: string): boolean => {
  const t = toks[j];
  if (!t) return false;
  if (TIME_WORDS.has(t.lower)) return true;
  return p !== 'on' && PERIODS.test(t.lower) && toks[j + 1]?.lower !== 'of';
};

/** Where a time or channel phrase ("on Friday", "in a statement", "at a briefing") that starts at `i` ends. */
function timeOrChannelEnd(toks: Tok[], i: number): number | undefined {
  if (!/^(on|in|at|during)$/.test(toks[i]?.lower ?? '')) return undefined;
  for (let j = i + 1; j < toks.length && j - i <= 3; j++) {
    const t = toks[j] as Tok;
    if (t.punct || t.lower === 'that') return undefined;
    // "this", "last" and "next" only with the time word after them: "in this list" is no time.
    if ((timeWord(toks, j, toks[i]?.lower ?? '') && !/^(this|last|next)$/.test(t.lower)) || CHANNELS.test(t.lower))
      return j + 1;
  }
  return undefined;
}
const timeOrChannelAt = (toks: Tok[], i: number): boolean => timeOrChannelEnd(toks, i) !== undefined;

/** A finite verb among the next words before a comma: "the plan was flawed", "prices needed to fall". */
function clauseHasVerb(toks: Tok[], from: number): boolean {
  for (let k = from + 1; k < toks.length && k < from + 10; k++) {
    const t = toks[k] as Tok;
    if (t.punct) return false;
    if (FINITE.has(t.lower) || (!t.cap && /[^e]ed$/.test(t.lower) && t.lower.length > 4)) return true;
  }
  return false;
}
