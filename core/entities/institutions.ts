/**
 * Bodies a story names by one word, which the tagger rarely reads: a legislature ("the Senate", "House
 * Speaker Newt Gingrich", "Congress"), and a body named in full before and then by its head word alone
 * ("the European Commission said…" then "the Commission said"). Only capitalized words standing alone (not
 * inside a longer run of capitals, but for the titles that follow a chamber: "Senate Majority Leader").
 */
import { startsUpper } from './names';
import type { TaggedMention } from './recognize';
import { ORG_HEAD_ALONE } from './refine-words';
import type { Token } from './tokenize';

/** Chambers and seats of power that are bodies wherever a story writes them capitalized. */
const CHAMBERS = new Set(['Senate', 'Congress', 'Parliament', 'Kremlin', 'Duma', 'Politburo']);
/** What may follow a chamber's name inside a run of capitals: a title, its members, its committees. */
const AFTER_CHAMBER = new Set([
  'Speaker',
  'Majority',
  'Minority',
  'Leader',
  'Republicans',
  'Democrats',
  'President',
  'Judiciary',
  'Intelligence',
  'Foreign',
  'Armed',
  'Appropriations',
  'Finance',
  'Banking',
  'Budget',
]);

/** What a ministry deals with, before its head word: "Defence Ministry", "Foreign Office". */
const PORTFOLIOS = new Set(
  'Defence Defense Foreign Finance Interior Health Justice Trade Economy Economic Education Agriculture Energy Transport Labour Labor Environment Culture Industry Information Home War Treasury Commerce'.split(
    ' ',
  ),
);
const PORTFOLIO_HEADS = new Set(['Ministry', 'Office', 'Department']);

/** Words of a story about a legislature, in which "the House" is its chamber. */
const LEGISLATURE_WORDS = new Set([
  'Senate',
  'Congress',
  'Representatives',
  'lawmakers',
  'legislators',
  'congressional',
]);

/** Whether most words of four letters or more are capitalized, as in a heading. */
function titleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.text.length < 4) continue;
    long++;
    if (startsUpper(t.text)) upper++;
  }
  return long >= 3 && upper > long * 0.6;
}

/**
 * The one-word bodies of a text not yet covered by a mention. `covered` marks the characters inside
 * mentions; the new ones are marked too.
 */
export function addInstitutionMentions(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  // Head words ("Commission") of bodies the text has named in full ("European Commission").
  const heads = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
    if (last !== m.text && ORG_HEAD_ALONE.has(last)) heads.add(last);
  }
  const out = mentions.slice();
  // "the House" is the chamber in a story of a legislature; elsewhere it is a house ("Around The House").
  const legislature = units.some((tokens) => tokens.some((t) => LEGISLATURE_WORDS.has(t.text)));
  units.forEach((tokens, u) => {
    // A heading in title case ("Troubleshooting Problems in the House") capitalizes every word (worked out
    // only for a unit with a word to look at).
    let heading: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const word = token.text;
      // Every word looked for starts with a capital A-Z: most tokens need no look-up.
      const first = word.charCodeAt(0);
      if (first < 65 || first > 90) continue;
      if (!PORTFOLIOS.has(word) && !CHAMBERS.has(word) && word !== 'House' && !heads.has(word)) continue;
      heading ??= titleCase(tokens);
      if (heading) return;
      // "A Defence Ministry statement": a ministry by its portfolio, which the tagger missed.
      const head = tokens[i + 1];
      if (PORTFOLIOS.has(word) && head && PORTFOLIO_HEADS.has(head.text) && covered[token.start] !== 1) {
        const openerBefore = i === 0 || !startsUpper(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === 'A';
        if (openerBefore && !startsUpper(tokens[i + 2]?.text ?? '') && covered[head.start] !== 1) {
          covered.fill(1, token.start, head.end);
          out.push({
            text: text.slice(token.start, head.end),
            start: token.start,
            end: head.end,
            type: 'ORG',
            unit: u,
          });
          i++;
          continue;
        }
      }
      const chamber = CHAMBERS.has(word) || word === 'House';
      if ((!chamber && !heads.has(word)) || covered[token.start] === 1) continue;
      const previous = tokens[i - 1]?.text ?? '';
      const next = tokens[i + 1]?.text ?? '';
      // Alone: not the end of a longer name ("White House", "Upper House"), nor its start ("Congress Party"),
      // but a chamber may carry a title after it.
      if (i > 0 && startsUpper(previous) && previous !== 'The') continue;
      if (startsUpper(next) && !(chamber && AFTER_CHAMBER.has(next))) continue;
      // "the House of Lords", "the Commission of the African Union": a longer name, the tagger's to find.
      if (next === 'of') continue;
      // "House" is a word too: the chamber only as "the House" or before a title ("House Speaker").
      if (word === 'House' && !AFTER_CHAMBER.has(next) && !(previous === 'the' && legislature)) continue;
      // A head word alone is the body only after "the" ("the Commission said").
      if (!chamber && previous.toLowerCase() !== 'the') continue;
      covered.fill(1, token.start, token.end);
      out.push({ text: word, start: token.start, end: token.end, type: 'ORG', unit: u });
    }
  });
  return out;
}
