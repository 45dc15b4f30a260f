/**
 * A body's name that goes on with its field or purpose after its head word: "Institute for the Study of
 * War", "Council on Foreign Relations", "Committee to Protect Journalists". The tagger stops at the head
 * word, starts after "for" ("Office for National Statistics" as "National Statistics"), or misses the name;
 * each is made one organization.
 */
import { lowerCase } from './letter-case';
import { KNOWN_ORGANIZATIONS, WEEKDAYS_MONTHS } from './lexicon';
import { startsUpper } from './names';
import type { TaggedMention } from './recognize';
import { TITLES } from './refine-words';
import type { Token } from './tokenize';

/** Head words of a body's name that its field or purpose may follow: the "Institute" of "Institute for the Study of War". */
const PURPOSE_HEADS = new Set(
  'Institute Institution Society Organization Organisation Committee Council Centre Center Centers Centres Foundation Association Office Commission Agency Fund Federation Alliance Coalition Campaign Trust Bureau Board Authority Academy Forum Network'.split(
    ' ',
  ),
);

/** Verbs of purpose after "to": "Committee to Protect Journalists", "Campaign to End Loneliness". */
const PURPOSE_VERBS =
  'Protect|Prevent|End|Save|Stop|Defend|Promote|Free|Fight|Combat|Reform|Restore|Elect|Abolish|Preserve|Unite|Keep|Build';
/** A capitalized word of a name, which may stand before a possessive: the "Addiction" of "Addiction’s". */
const NAME_WORD = "\\p{Lu}[\\p{L}-]*(?:(?=['’]s(?![\\p{L}\\d]))|(?![\\p{L}\\d'’-]))";
/** Words that open no field or purpose: a slogan's "for Your Entire Home". */
const NOT_A_FIELD = new Set('Your Our My His Her Their Its Every Each All Any This That These Those'.split(' '));

/**
 * A body's field or purpose after its head word: "for the Study of War", "on Foreign Relations", "for
 * Security and Co-operation in Europe", "for a Responsible Federal Budget", "to Protect Journalists".
 * Capitalized words (no possessive), joined by the small words of such names; "to" only before a verb of
 * purpose, as "the Board to Ukraine" is no name.
 */
const PURPOSE_TAIL = new RegExp(
  `^ (?:for the|for a|for|of the|on|to(?= (?:${PURPOSE_VERBS})\\b)) ${NAME_WORD}(?:(?: (?:and|of|in|the|for|on|to|of the|for the))? ${NAME_WORD})*`,
  'u',
);

/** Words that open a sentence or a noun phrase before a body's name, and are not part of it. */
const NOT_OF_THE_NAME = new Set('The A An This That Its Their His Her Our Your My'.split(' '));

/**
 * Where the field or purpose after a head word ending at `from` ends, or -1: up to a day or month ("the
 * Council on Monday", "the Fund for Africa on Tuesday"), and up to a person named right after the body and
 * the title before them ("the Institute for the Study of War Director Kimberly Kagan").
 */
function purposeEnd(text: string, from: number, mentions: readonly TaggedMention[]): number {
  const tail = PURPOSE_TAIL.exec(text.slice(from, from + 120));
  if (!tail || NOT_A_FIELD.has(tail[0].split(' ').find((w, i) => i > 1 && startsUpper(w)) ?? '')) return -1;
  const person = mentions.find((o) => o.type === 'PER' && o.start > from && o.start < from + tail[0].length);
  const words = (person ? text.slice(from, person.start).trimEnd() : tail[0]).split(' ');
  const dated = words.findIndex((w, i) => i > 1 && WEEKDAYS_MONTHS.has(lowerCase(w)));
  let kept = dated < 0 ? words : words.slice(0, dated);
  const trailing = (word: string): boolean =>
    !startsUpper(word) || NOT_OF_THE_NAME.has(word) || (person !== undefined && TITLES.has(lowerCase(word)));
  while (kept.length > 2 && trailing(kept[kept.length - 1] as string)) kept = kept.slice(0, -1);
  // "" and the opening small word come first: "to" needs its verb and a word after it.
  if (kept.length < (kept[1] === 'to' ? 4 : 3)) return -1;
  return from + kept.join(' ').length;
}

/**
 * Where the purpose of a head word inside mention `m` ends, the last head word first ("Centre for
 * Economic" goes on to "Policy Research"), or -1.
 */
function purposeEndWithin(text: string, m: TaggedMention, mentions: readonly TaggedMention[]): number {
  const heads: number[] = [];
  for (const word of m.text.matchAll(/\S+/g)) {
    if (PURPOSE_HEADS.has(word[0])) heads.push(m.start + word.index + word[0].length);
  }
  for (let k = heads.length - 1; k >= 0; k--) {
    const end = purposeEnd(text, heads[k] as number, mentions);
    if (end > m.end) return end;
  }
  return -1;
}

/**
 * Characters of the capitalized words (up to three) written right before `at` that belong to a body's name
 * beginning there: not an article or a possessive, and not inside another mention.
 */
function wordsBefore(text: string, at: number, covered: Uint8Array): number {
  const run = /(?:\p{Lu}[\p{L}'’-]* ){1,3}$/u.exec(text.slice(Math.max(0, at - 60), at));
  if (!run) return 0;
  const words = run[0].split(' ').filter(Boolean);
  while (words.length > 0 && NOT_OF_THE_NAME.has(words[0] as string)) words.shift();
  const length = words.reduce((n, w) => n + w.length + 1, 0);
  return covered.subarray(at - length, at).includes(1) ? 0 : length;
}

/** The mentions [start, end) would take in whole (but `except`), or null when one reaches across its edge. */
function insideOnly(
  mentions: readonly TaggedMention[],
  start: number,
  end: number,
  except?: TaggedMention,
): TaggedMention[] | null {
  const inside: TaggedMention[] = [];
  for (const o of mentions) {
    if (o === except) continue;
    if (o.start >= start && o.end <= end) inside.push(o);
    else if (o.start < end && o.end > start) return null;
  }
  return inside;
}

/**
 * Bodies named by their field or purpose, made whole. `covered` marks the characters inside mentions; the
 * new ones are marked too.
 */
export function withPurposes(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  // The tagger stopped at the body's head word or inside its purpose ("Centre for Economic"), and may have
  // read a place in its field as a mention of its own.
  const parts = new Set<TaggedMention>();
  let out = mentions.map((m) => {
    if (m.type !== 'ORG') return m;
    const end = Math.max(m.end, purposeEndWithin(text, m, mentions));
    // Begun at a head word with its purpose after it: the capitalized words before it are the name's
    // ("Australian Centre for…").
    const space = m.text.indexOf(' ');
    const head = space < 0 ? m.text : m.text.slice(0, space);
    const begunAtHead = PURPOSE_HEADS.has(head) && purposeEnd(text, m.start + head.length, mentions) > 0;
    const start = begunAtHead ? m.start - wordsBefore(text, m.start, covered) : m.start;
    if (end === m.end && start === m.start) return m;
    const inside = insideOnly(mentions, start, end, m);
    if (!inside) return m;
    for (const o of inside) parts.add(o);
    covered.fill(1, start, end);
    return { ...m, start, end, text: text.slice(start, end) };
  });
  if (parts.size > 0) out = out.filter((m) => !parts.has(m));
  // The tagger read no mention at the head word: the name from the capitalized words before the head
  // ("Australian Centre for…", "Centre for Economic Policy Research") to the end of its purpose.
  units.forEach((tokens, u) => {
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i] as Token;
      if (!PURPOSE_HEADS.has(head.text) || covered[head.start] === 1) continue;
      const end = purposeEnd(text, head.end, out);
      if (end < 0) continue;
      let first = i;
      while (first > 0 && i - first < 3) {
        const word = tokens[first - 1] as Token;
        if (!startsUpper(word.text) || NOT_OF_THE_NAME.has(word.text) || covered[word.start] === 1) break;
        first--;
      }
      const start = (tokens[first] as Token).start;
      // Most such names hold no mention: the marks say so without a look at every mention.
      const inside = covered.subarray(start, end).includes(1) ? insideOnly(out, start, end) : [];
      // "the Learning Network on Facebook": a company the press names daily is where the body is found.
      if (!inside || inside.some((m) => m.end === end && KNOWN_ORGANIZATIONS.has(lowerCase(m.text)))) continue;
      if (inside.length > 0) out = out.filter((m) => !inside.includes(m));
      covered.fill(1, start, end);
      out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit: u });
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < end) i++;
    }
  });
  return out;
}
