import { datelineLength } from '../text/dateline';
import type { Article, Citation, Entity, TextSpan } from '../types';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  contentAfterVerb,
  FINITE,
  speakerFirstAttribution,
  speakerLike,
  verbAt,
  wordCount,
  wordsIn,
} from './attribution';
import { broadcastTurns } from './broadcast';
import { isIndirectVerb } from './lexicon';
import { personMentions } from './mentions';
import { findQuotes, type Paragraph, paragraphsOf, type QuoteSpan } from './quotes';
import { type Speaker, SpeakerRegistry } from './resolve';
import { analyzePhrase, phraseAfter, phraseBefore, type SpeakerParts, type SpeakerPhrase } from './speaker';
import { findVia } from './via';
import { set, type Tok, tokenize } from './words';

/** A citation found but not yet resolved: speakers are resolved in reading order once all are found. */
interface Draft {
  phrase?: SpeakerPhrase;
  parts?: SpeakerParts;
  /** Continues the words of another draft's speaker (a standalone quote, a later paragraph of a long quote). */
  inherit?: Draft;
  outlet?: boolean;
  speaker?: Speaker | null;
  citation: Omit<Citation, 'source' | 'kind'>;
  paragraph: number;
  /** A few words quoted inside reported speech ("told analysts the impact would be “manageable”"). */
  fragment?: boolean;
  /** A fragment whose whole clause is cited instead: resolved with the rest, then left out. */
  replaced?: boolean;
}

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Rev|Det|Supt|vs)\.$/;

/** Sentence ends outside quotes, for the window each quote is attributed in. */
function sentenceEnds(text: string, quotes: QuoteSpan[]): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]+[”"’»)]*(?=\s)/g)) {
    const at = m.index + m[0].length;
    // "U.S. security firm", "Mr. Smith", "Gen. Ali": an abbreviation, not the end of a sentence.
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    const nextChar = /\S/.exec(text.slice(at))?.[0] ?? '';
    if (
      m[0] === '.' &&
      (/(?:^|[\s(])(?:\p{L}\.)*\p{Lu}\.$/u.test(before) || ABBREVIATIONS.test(before)) &&
      !/\n/.test(text.slice(at, at + 2))
    )
      continue;
    if (/\p{Ll}/u.test(nextChar)) continue;
    if (quotes.some((q) => q.start < m.index && m.index < q.end - 1)) continue;
    ends.push(at);
  }
  return ends;
}

const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}|Q|A):\s+/u;
const INNER_ATTRIBUTION =
  /,\s+(?:(said|says|added|told)\s+(?:the\s+|a\s+|an\s+)?[\p{L}]|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(said|says|added)\b)/u;

/**
 * `found` are the article's quotes from findQuotes, when the caller has them already; they are copied,
 * because attribution may move a quote's end.
 */
export function findCitations(
  article: Article,
  sentences: TextSpan[],
  entities: Entity[],
  found?: readonly QuoteSpan[],
  isCountry?: (lowercased: string) => boolean,
): Citation[] {
  const text = article.text;
  const paragraphs = paragraphsOf(text);
  const quotes = found ? found.map((q) => ({ ...q })) : findQuotes(text, paragraphs);
  const registry = new SpeakerRegistry(
    entities,
    article.links,
    personMentions(text, entities),
    text,
    article.authors[0]?.name ?? null,
    isCountry,
  );
  const drafts: Draft[] = [];
  const quoteDraft = new Map<number, Draft>();

  // An unclosed quote that names its speaker inside ("“He is not for sale, said Neil Forde ...") closes there.
  for (const q of quotes) {
    if (q.closed || quotes.some((o) => o !== q && o.chain === q.chain)) continue;
    const inner = text.slice(q.innerStart, q.innerEnd);
    const m = INNER_ATTRIBUTION.exec(inner);
    if (m && m.index > 10) {
      q.end = q.innerStart + m.index;
      q.innerEnd = q.end;
    }
  }
  const ends = sentenceEnds(text, quotes);
  const paraOf = (pos: number): number => paragraphs.findIndex((p) => p.start <= pos && pos <= p.end);

  const draft = (
    a: Attribution,
    quote: string,
    direct: boolean,
    start: number,
    end: number,
    paragraph: number,
  ): Draft => {
    const citation: Draft['citation'] = { quote, direct, start: Math.min(start, a.start), end: Math.max(end, a.end) };
    if (a.verb) citation.verb = a.verb;
    citation.verbStrength = a.verbInfo?.strength ?? 'neutral';
    const d: Draft = { phrase: a.phrase, parts: analyzePhrase(a.phrase), citation, paragraph };
    const via = findVia(text.slice(a.start, a.end));
    if (via) {
      citation.via = via.via;
      if (via.outlet) {
        // The outlet that carried the words is itself a source: cite it, linked when the article links it.
        const viaStart = a.start + via.index;
        const outletPhrase: SpeakerPhrase = {
          text: via.via,
          start: viaStart,
          end: viaStart + via.via.length,
          tokens: tokenize(text, viaStart, viaStart + via.via.length),
        };
        drafts.push({
          phrase: outletPhrase,
          parts: analyzePhrase(outletPhrase),
          outlet: true,
          citation: { quote, direct, start: citation.start, end: citation.end },
          paragraph,
        });
      }
    }
    drafts.push(d);
    return d;
  };

  // 1. Direct quotes.
  quotes.forEach((q, qi) => {
    const pi = q.paragraph;
    const para = paragraphs[pi] as Paragraph;
    const prevQuote = quotes[qi - 1];
    const nextQuote = quotes[qi + 1];
    let winStart = para.start;
    for (const e of ends) if (e <= q.start && e > winStart) winStart = e;
    if (prevQuote && prevQuote.paragraph === pi && prevQuote.end > winStart) winStart = prevQuote.end;
    let winEnd = para.end;
    for (const e of ends) {
      if (e > q.end && e < winEnd) {
        winEnd = e;
        break;
      }
    }
    if (nextQuote && nextQuote.paragraph === pi && nextQuote.start < winEnd) winEnd = nextQuote.start;
    const quote = text.slice(q.innerStart, q.innerEnd);
    // A quote that ends its sentence with a stop ("…was “fixing the foundations.” The Institute estimated…")
    // is said by whom its own sentence names; the next sentence's speaker only when its sentence has none.
    const endsSentence = /\.\s*$/.test(quote) && /^\s*\p{Lu}/u.test(text.slice(q.end, q.end + 4));
    const after = () => attributionAfter(tokenize(text, q.end, winEnd), text);
    const before = () => attributionBefore(tokenize(text, winStart, q.start), text, quote);
    const attribution = endsSentence ? (before() ?? after()) : (after() ?? before());
    if (attribution) {
      const first = drafts.length;
      quoteDraft.set(qi, draft(attribution, quote, true, q.start, q.end, pi));
      // A few words quoted inside a clause, not after a comma or a colon: the clause may be cited instead.
      const lead = text.slice(winStart, q.start);
      if (wordCount(quote) <= 3 && !/[,:]\s*$/.test(lead) && wordCount(lead) >= 4)
        for (const d of drafts.slice(first)) d.fragment = true;
      return;
    }
    // A quote standing alone continues the last speaker's words (same or previous paragraph).
    const outside = wordCount(text.slice(winStart, q.start)) + wordCount(text.slice(q.end, winEnd));
    if (wordCount(quote) < 4 || outside > 3) return;
    const last = [...drafts].reverse().find((d) => d.citation.direct && !d.outlet);
    if (last && pi - last.paragraph <= 1 && last.citation.end <= q.start) {
      const d: Draft = { inherit: last, citation: { quote, direct: true, start: q.start, end: q.end }, paragraph: pi };
      drafts.push(d);
      quoteDraft.set(qi, d);
    }
  });
  // A quote over several paragraphs belongs to the speaker named in any part of it.
  quotes.forEach((q, qi) => {
    if (quoteDraft.has(qi)) return;
    const owner = quotes.findIndex((o, oi) => o.chain === q.chain && quoteDraft.has(oi));
    const d = owner >= 0 ? quoteDraft.get(owner) : undefined;
    if (!d) return;
    drafts.push({
      inherit: d,
      citation: { quote: text.slice(q.innerStart, q.innerEnd), direct: true, start: q.start, end: q.end },
      paragraph: q.paragraph,
    });
  });

  // 2. Transcript lines ("NAME: answer") outside quote marks; "Q:" lines are the interviewer's. A real
  // transcript repeats its labels: a lone "Reports: ..." or "Update: ..." paragraph is not one.
  const labels = paragraphs.map((para) => TRANSCRIPT_LABEL.exec(text.slice(para.start, para.end))?.[1]);
  // The people the article names, in full and by last name (entities' aliases too).
  const personKeys = new Set<string>();
  const addPerson = (name: string) => {
    personKeys.add(name.toLowerCase());
    personKeys.add(name.split(' ').pop()?.toLowerCase() ?? '');
  };
  for (const e of entities) if (e.type === 'person') for (const name of [e.name, ...e.aliases]) addPerson(name);
  // Without entities (plain text read alone), the names written like people's.
  if (entities.length === 0) for (const mention of personMentions(text, entities)) addPerson(mention.name);
  personKeys.delete('');
  const namesPerson = (label: string): boolean =>
    personKeys.has(label.toLowerCase()) || personKeys.has(label.split(' ').pop()?.toLowerCase() ?? '');
  const turns = broadcastTurns(text, paragraphs, article.authors[0]?.name ?? null);
  for (const [pi, para] of paragraphs.entries()) {
    const turn = turns?.[pi];
    if (turn) {
      // The host's and the reporter's lines tell the story. Voices the broadcaster does not name are
      // mostly a crowd or a passer-by, and "they" in the next line should not find them.
      if (turn.program || turn.unidentified) continue;
      const said = text.slice(turn.bodyStart, para.end).trim();
      // The label in capitals, read as the name it is ("ROSIE CURTS" is Rosie Curts).
      const tokens = tokenize(turn.name).map((t) => ({ ...t, start: t.start + para.start, end: t.end + para.start }));
      const phrase = { text: turn.name, start: para.start, end: para.start + turn.name.length, tokens };
      draft({ phrase, start: para.start, end: turn.bodyStart }, said, true, para.start, para.end, pi);
      continue;
    }
    const m = TRANSCRIPT_LABEL.exec(text.slice(para.start, para.end));
    if (!m?.[1] || m[1] === 'Q' || quotes.some((q) => q.paragraph === pi)) continue;
    const label = m[1];
    if (labels.filter((l) => l === label).length < 2) continue;
    // A buying guide's "Compatibility:" and "Battery Life:" repeat too: a speaker's label is in capitals
    // ("SACHA PFEIFFER:") or names a person the article names.
    if (label !== 'A' && label !== label.toUpperCase() && !namesPerson(label)) continue;
    if (
      /^(Note|Update|Correction|Clarification|Editor|Photo|Photos|Related|Read more|Watch|Listen|Source|Sources|Credit|Warning|Disclaimer)\b/i.test(
        label,
      )
    )
      continue;
    let phrase: SpeakerPhrase;
    if (label === 'A') {
      const name =
        /\b(?:with|interviewed|spoke to|talked to) (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2})/u.exec(text)?.[1] ??
        personMentions(text, entities)[0]?.name;
      if (!name) continue;
      phrase = { text: name, start: para.start, end: para.start + 1, tokens: tokenize(name) };
    } else {
      phrase = {
        text: label,
        start: para.start,
        end: para.start + label.length,
        tokens: tokenize(text, para.start, para.start + label.length),
      };
    }
    const body = para.start + m[0].length;
    draft({ phrase, start: para.start, end: body }, text.slice(body, para.end).trim(), true, para.start, para.end, pi);
  }

  // 3. Indirect speech and attributed statements, sentence by sentence.
  const firstIndirect = drafts.length;
  const storyStart = Math.max(0, text.search(/\S/));
  const covered = (s: TextSpan) =>
    drafts.some((d) => !d.fragment && d.citation.start < s.end && d.citation.end > s.start) ||
    quotes.some((q) => q.start < s.end && q.end > s.start && wordCount(text.slice(q.innerStart, q.innerEnd)) >= 4);
  for (const s of sentences) {
    if (covered(s)) continue;
    const toks = tokenize(text, s.start, s.end);
    const pi = paraOf(s.start);
    const lastTok = toks[toks.length - 1];
    const finalPunct = lastTok && /^[.!?…]$/.test(lastTok.text) ? lastTok.start : s.end;
    // The story's dateline ("WASHINGTON (AP) — ") is where it was filed, no part of what anyone said. It opens
    // a paragraph: the text's first, or the first after captions the page put above the story.
    const content = (a: number, b: number) => {
      const from = Math.max(a, storyStart);
      const opensParagraph = from === storyStart || text[from - 1] === '\n';
      const at = opensParagraph ? from + datelineLength(text.slice(from, b)) : from;
      return text.slice(at, b).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
    };

    // "According to X, ..." / "..., according to X."
    const acc = toks.findIndex((t, k) => t.lower === 'according' && toks[k + 1]?.lower === 'to');
    if (acc >= 0) {
      // "According to officials the deal is done": without a comma, the source ends where a clause begins.
      const clause = acc === 0 ? clauseOpeningAfter(toks, acc + 2) : -1;
      const phrase = phraseAfter(toks, acc + 2, text, clause >= 0 ? clause : toks.length);
      if (phrase && !/^(?:\w+ )?reports?$/i.test(phrase.text)) {
        const accStart = (toks[acc] as Tok).start;
        // "According to a YouGov poll published Monday, 58% of voters…": what describes the source runs to
        // the comma that ends the opening, when it holds no verb of a clause.
        const closesOpening = (t: Tok) =>
          t.text === ',' && t.start >= phrase.end && !/\d,\d/.test(text.slice(t.start - 1, t.end + 1));
        const comma = acc === 0 ? toks.findIndex(closesOpening) : -1;
        const opening = comma >= 0 ? toks.slice(0, comma).filter((t) => t.start >= phrase.end) : [];
        const saidFrom =
          comma >= 0 && opening.length <= 8 && !opening.some((t) => FINITE.has(t.lower))
            ? (toks[comma] as Tok).end
            : phrase.end;
        const said = acc === 0 ? content(saidFrom, finalPunct) : content(s.start, accStart);
        if (wordCount(said) >= 3) {
          draft({ phrase, verb: 'according to', start: accStart, end: phrase.end }, said, false, s.start, s.end, pi);
          continue;
        }
      }
    }
    // "As Dr. Ogbeide, a psychologist with UT Health, explains, the key is …": the speaker first, then
    // the statement after the verb's comma. Read as "…, X said", the clause's start became the statement
    // and the last name before the verb (UT Health's city) its speaker.
    const asSaid = toks[0]?.lower === 'as' ? speakerFirstAttribution(toks, text) : null;
    if (asSaid) {
      const said = content(asSaid.end, finalPunct);
      if (wordCount(said) >= 3) {
        draft(asSaid, said, false, s.start, s.end, pi);
        continue;
      }
    }
    // "..., the company said (on Monday)." / "..., two diplomats told Reuters, after ..."
    let found = false;
    // "In a wide-ranging interview, President Obama also said:" introduces what follows the colon; the
    // words before its comma are no statement.
    const introducesList = lastTok?.text === ':';
    const commas = introducesList ? [] : toks.map((t, k) => (t.text === ',' ? k : -1)).filter((k) => k > 0);
    for (const c of [...commas].reverse()) {
      if (wordsIn(toks.slice(0, c)).length < 4) break;
      const next = commas.find((k) => k > c) ?? toks.length;
      const segment = toks.slice(c + 1, next);
      const a = attributionAfter(segment, text, true);
      if (a?.verbInfo && (isIndirectVerb(a.verbInfo) || a.verbInfo.strength !== 'neutral')) {
        draft(a, content(s.start, (toks[c] as Tok).start), false, s.start, s.end, pi);
        found = true;
        break;
      }
    }
    if (found) continue;
    // "X said (that) ..." / "The Islamic State claimed responsibility for ..." / "X, who says ..."
    for (let v = 0; v < toks.length; v++) {
      const info = verbAt(toks, v);
      if (!info || !isIndirectVerb(info)) continue;
      const relative = toks[v - 1]?.lower === 'who' && toks[v - 2]?.text === ',';
      const phrase = relative ? phraseBefore(toks, v - 2, text, 0) : phraseBefore(toks, v, text, 0);
      if (!phrase || !speakerLike(analyzePhrase(phrase))) continue;
      const from = contentAfterVerb(toks, v, info);
      if (from < 0) continue;
      const verbTok = toks[v] as Tok;
      const a: Attribution = {
        phrase,
        verb: verbTok.text,
        verbInfo: info,
        start: phrase.start,
        end: Math.max(verbTok.end, (toks[from] as Tok).start),
      };
      draft(a, content((toks[from] as Tok).start, finalPunct), false, s.start, s.end, pi);
      break;
    }
  }

  // "told analysts the impact would be “manageable” over time": the clause, with its quoted words, says more
  // than the quoted words alone, and is cited in their place.
  // Only the same speaker's clause replaces them; any other citation the fragment's sentence now yields (a
  // verb it had covered, "You’ll find…") is left out, as before.
  const fragments = drafts.slice(0, firstIndirect).filter((f) => f.fragment);
  for (const d of drafts.slice(firstIndirect)) {
    const overlapping = fragments.filter(
      (f) => !!f.outlet === !!d.outlet && f.citation.start < d.citation.end && d.citation.start < f.citation.end,
    );
    if (overlapping.length === 0) continue;
    const sameClause = overlapping.every(
      (f) =>
        d.citation.start <= f.citation.start &&
        f.citation.end <= d.citation.end &&
        f.phrase?.start === d.phrase?.start &&
        f.phrase?.text === d.phrase?.text,
    );
    if (sameClause) for (const f of overlapping) f.replaced = true;
    else d.replaced = true;
  }

  // 4. Resolve speakers in reading order, so "Reid said" meets "Thomas Reid" and "he" the right person.
  const order = (d: Draft) => d.phrase?.start ?? d.inherit?.phrase?.start ?? d.citation.start;
  const pending = [...drafts].sort((a, b) => order(a) - order(b) || Number(!!a.outlet) - Number(!!b.outlet));
  for (const d of pending) {
    if (d.inherit) continue;
    if (d.phrase && d.parts) d.speaker = registry.resolve(d.phrase, d.parts);
    if (d.outlet && d.speaker) d.speaker.kind = 'outlet';
  }
  for (const d of pending) if (d.inherit) d.speaker = d.inherit.speaker ?? d.inherit.inherit?.speaker ?? null;

  return drafts
    .filter((d): d is Draft & { speaker: Speaker } => !!d.speaker && !d.replaced)
    .sort(
      (a, b) =>
        a.citation.start - b.citation.start ||
        a.citation.end - b.citation.end ||
        Number(!!a.outlet) - Number(!!b.outlet),
    )
    .map(({ speaker, citation }) => {
      const out: Citation = {
        source: speaker.source,
        kind: speaker.kind,
        quote: citation.quote,
        direct: citation.direct,
        start: citation.start,
        end: citation.end,
      };
      if (speaker.description) out.description = speaker.description;
      if (citation.verb) out.verb = citation.verb;
      if (citation.verbStrength) out.verbStrength = citation.verbStrength;
      if (citation.via) out.via = citation.via;
      if (speaker.href) out.href = speaker.href;
      return out;
    });
}

/** Words that open a clause when they follow a noun: "officials the deal is done", "the agency it was". */
const CLAUSE_OPENERS = set('the a an this these those it its they their he she we there');
/** Words after which a determiner still belongs to the phrase: "the head of the agency". */
const INSIDE_PHRASE = set('of for at in on with from to by and or the a an');

/**
 * Where a clause begins after the source of an opening "According to …" that no comma closes, or -1:
 * a determiner or pronoun after a word of the phrase, with a finite verb soon after it and before any
 * punctuation ("According to officials the deal is done" → "the").
 */
function clauseOpeningAfter(toks: Tok[], from: number): number {
  for (let k = from + 1; k < toks.length && k < from + 10; k++) {
    const t = toks[k] as Tok;
    if (t.punct) return -1;
    if (!CLAUSE_OPENERS.has(t.lower) || INSIDE_PHRASE.has(toks[k - 1]?.lower ?? '')) continue;
    for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
      const after = toks[j] as Tok;
      if (after.punct) break;
      if (FINITE.has(after.lower)) return k;
    }
  }
  return -1;
}
