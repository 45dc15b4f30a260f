/**
 * Word tokens with offsets, close to the Penn-Treebank style of the training data (GUM): punctuation is
 * split off, possessive "'s" and "n't" are their own tokens, hyphens inside words are their own tokens
 * ("Al - Bagdadi"), and abbreviations with inner periods stay whole ("U.S.", "Mr.").
 * Linear in the input: one pass over whitespace-separated chunks, no backtracking regexes.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Longest token we hand to the tagger; longer runs (URLs, base64, junk) are cut into pieces. */
const MAX_TOKEN = 64;

const ABBREVIATIONS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'col.',
  'lt.',
  'sgt.',
  'capt.',
  'st.',
  'jr.',
  'sr.',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  'no.',
  'vs.',
  'mt.',
  'ft.',
  'rev.',
  'pres.',
  'sec.',
  'dept.',
  'univ.',
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
]);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

const LEADING = new Set(['"', "'", '“', '‘', '(', '[', '{', '«', '‹', '¿', '¡', '*', '_', '#', '@']);
const TRAILING = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '›', ',', ';', ':', '!', '?', '…', '*', '_', '.']);

const LETTER = /\p{L}/u;
const POSSESSIVE_APART = /^['’][sS](?![\p{L}\p{N}])/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
/** ' or ’ */
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** Splits one whitespace-free chunk [start, end) of `text` into tokens. */
function splitChunk(text: string, start: number, end: number, out: Token[]): void {
  let s = start;
  let e = end;
  // A possessive written apart ("Germany 's", as in text made of tokens joined by spaces) is one token,
  // as it is when attached, not a quote mark followed by an "s".
  const first = text.charCodeAt(s);
  if ((first === 39 || first === 0x2019) && POSSESSIVE_APART.test(text.slice(s, Math.min(e, s + 3)))) {
    out.push({ text: text.slice(s, s + 2), start: s, end: s + 2 });
    s += 2;
  }
  // Leading punctuation, one token each.
  while (s < e && LEADING.has(text[s] as string)) {
    out.push({ text: text[s] as string, start: s, end: s + 1 });
    s++;
  }
  const tail: Token[] = [];
  // Trailing punctuation; a final period stays on abbreviations and initials ("U.S.", "J.").
  while (e > s && TRAILING.has(text[e - 1] as string)) {
    const ch = text[e - 1] as string;
    if (ch === '.') {
      const word = text.slice(s, e).toLowerCase();
      if (e - s >= 2 && (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+$/u.test(word))) break;
      // "..." stays one token.
      let d = e;
      while (d > s && text[d - 1] === '.') d--;
      if (e - d > 1) {
        tail.push({ text: text.slice(d, e), start: d, end: e });
        e = d;
        continue;
      }
    }
    tail.push({ text: ch, start: e - 1, end: e });
    e--;
  }
  // Possessive and contraction suffixes (read by character codes: this runs on every word of the text).
  if (e - s > 2) {
    const last = text.charCodeAt(e - 1) | 32;
    const apostropheBeforeLast = isApostrophe(text.charCodeAt(e - 2));
    if (last === 115 && apostropheBeforeLast && isLetter(text[e - 3])) {
      tail.push({ text: text.slice(e - 2, e), start: e - 2, end: e });
      e -= 2;
    } else if (last === 116 && apostropheBeforeLast && (text.charCodeAt(e - 3) | 32) === 110 && e - s > 3) {
      tail.push({ text: text.slice(e - 3, e), start: e - 3, end: e });
      e -= 3;
    } else if ((text[e - 1] === "'" || text[e - 1] === '’') && (text[e - 2] === 's' || text[e - 2] === 'S')) {
      tail.push({ text: text.slice(e - 1, e), start: e - 1, end: e });
      e -= 1;
    }
  }
  // Inner hyphens and slashes between letters split the word, like the training data does.
  let from = s;
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if ((ch === '-' || ch === '–' || ch === '—' || ch === '/') && i > s && i < e - 1) {
      if (i > from) pushPiece(text, from, i, out);
      out.push({ text: ch, start: i, end: i + 1 });
      from = i + 1;
    }
  }
  if (e > from) pushPiece(text, from, e, out);
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k] as Token);
}

function pushPiece(text: string, start: number, end: number, out: Token[]): void {
  for (let p = start; p < end; p += MAX_TOKEN) {
    const q = Math.min(end, p + MAX_TOKEN);
    out.push({ text: text.slice(p, q), start: p, end: q });
  }
}

/** Tokens of `text[from, to)`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i;
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    splitChunk(text, i, j, out);
    i = j;
  }
  return out;
}

/** The index of the unit (a sentence's tokens) that holds the span from `start` to `end`, or -1. */
export function unitHolding(units: readonly Token[][], start: number, end: number): number {
  return units.findIndex((tokens) => (tokens[0]?.start ?? Infinity) <= start && (tokens.at(-1)?.end ?? -1) >= end);
}
