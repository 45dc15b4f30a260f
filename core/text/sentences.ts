import type { TextSpan } from '../types';

/**
 * Sentence splitting for news text, with offsets into the input (`text.slice(start, end) === span.text`).
 *
 * Two passes, both linear in the length of the text:
 * 1. Lines. A blank line always ends a sentence (paragraphs are "\n\n" in `article.text`). A single line
 *    break ends one too (a heading, a bullet, a dateline, a line of a list) unless the line reads as
 *    hard-wrapped prose: it ends inside a clause and the next line starts in lowercase.
 * 2. Punctuation inside a run of lines. A candidate end is a run of . ! ? … (or 。！？؟।) with any closing
 *    quotes and brackets after it. It is an end when whitespace follows and the next word does not start
 *    in lowercase, and, after a period, when the word before it is not an abbreviation that keeps the
 *    sentence going: titles before names ("Sen.", "Gen.") never end one; months and "No." not before a
 *    number; other abbreviations and initials ("U.S.", "Inc.", "a.m.", "W.") only when a word that
 *    typically opens a sentence follows. CJK full-width marks need no space after them.
 */

const TERMINAL = '.!?…‼⁇⁈⁉。！？؟।॥';
const TERMINAL_CLASS = '[.!?…‼⁇⁈⁉。！？؟।॥]';
const CLOSERS = '"\'”’»«」』）)]}';
const OPENERS = '"\'“‘«»「『（([{¿¡';
const CJK_TERMINAL = /[。！？]/u;

/** Titles and honorifics written before a name: a period after them never ends a sentence. */
const TITLES = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof sen sens rep reps gov gen lt col sgt capt cpt cmdr cdr maj adm brig ' +
    'cpl pvt rev fr hon pres supt det insp amb atty st mt ft sra srta dña dra hr hrn'
  ).split(' '),
);

/** Written before a number ("No. 10", "Jan. 5", "Art. 3"): ends a sentence only when no number follows. */
const BEFORE_NUMBER = new Set(
  'no nos nr art vol vols pp fig figs ch sec para op jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Abbreviations that can also end a sentence ("… U.S. The …", "… Apple Inc. Shares …"). */
const AMBIGUOUS = new Set(
  (
    'inc corp co ltd llc plc bros jr sr etc vs approx dept univ assn ave blvd rd hwy tue tues thu thur thurs ' +
    'fri ca calif bzw usw ggf inkl vgl str tel mio mrd bn mln ' +
    'a.m p.m e.g i.e u.s u.k u.n e.u d.c n.y l.a ph.d m.d b.a m.a u.s.a z.b d.h u.a s.a'
  ).split(' '),
);

/** Words that typically open a sentence; after an ambiguous abbreviation they tip the balance to a break. */
const STARTERS = new Set(
  (
    'the a an he she it they we i you his her its their our my this that these those there then ' +
    'but and or so yet if when while as after before since although though however meanwhile ' +
    'in on at for from by with without of to into during under over about according also still ' +
    'now some many most all both each every no not one two three several other another such ' +
    'what why how who where which police officials authorities critics experts analysts ' +
    'last next earlier later today yesterday tomorrow despite instead indeed even only'
  ).split(' '),
);

const MONTH_ABBR = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'januar februar märz mai juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto ' +
    'septiembre octubre noviembre diciembre janvier février mars avril juin juillet août septembre octobre ' +
    'novembre décembre'
  ).split(' '),
);

const INITIALS = /^(?:\p{Lu}|(?:\p{L}{1,2}\.)+\p{L}{1,2})$/u;
const LOWER_START = /^\p{Ll}/u;
const BULLET_START = /^(?:[•·▪‣◦○●■□➢➤►*–—-]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

const SPACE = /\s/u;
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/** The word right after `from` (skipping whitespace and opening quotes), lowercased, or '' at the end. */
function nextWord(text: string, from: number, end: number): { word: string; first: string } {
  let i = from;
  while (i < end && (isSpace(text[i]) || OPENERS.includes(text[i] as string))) i++;
  let j = i;
  while (j < end && /[\p{L}\p{N}'’-]/u.test(text[j] as string)) j++;
  return { word: text.slice(i, j).toLowerCase(), first: text[i] ?? '' };
}

/**
 * The whitespace-delimited word that ends just before `at`, without leading quotes or brackets, and whether
 * it opens its sentence (nothing but space and openers between `sentenceStart` and it) or its line.
 */
function wordBefore(text: string, at: number, sentenceStart: number): { word: string; opens: boolean } {
  let i = at;
  while (i > sentenceStart && !isSpace(text[i - 1])) i--;
  let word = text.slice(i, at);
  while (word.length > 0 && OPENERS.includes(word[0] as string)) word = word.slice(1);
  let k = i;
  while (k > sentenceStart && isSpace(text[k - 1]) && text[k - 1] !== '\n') k--;
  return { word, opens: k === sentenceStart || text[k - 1] === '\n' };
}

/** Whether the period at `dot` keeps the sentence going. */
function periodContinues(text: string, dot: number, sentenceStart: number, afterEnd: number, end: number): boolean {
  const { word, opens } = wordBefore(text, dot, sentenceStart);
  if (word === '') return false;
  const key = word.toLowerCase();
  const next = nextWord(text, afterEnd, end);
  const nextIsNumber = /^\p{N}/u.test(next.first);
  if (TITLES.has(key)) return true;
  if (BEFORE_NUMBER.has(key)) return nextIsNumber || (MONTH_ABBR.has(key) && !STARTERS.has(next.word));
  // A numbered item ("1. Introduction", "… top spot. 2. Iceland."), or a German ordinal date ("am 3. Oktober").
  if (/^\p{N}{1,3}$/u.test(word) && (opens || MONTHS.has(next.word))) return true;
  if (AMBIGUOUS.has(key) || INITIALS.test(word)) return !STARTERS.has(next.word);
  return false;
}

/** Ends of sentences inside text[start, end) that has no sentence-ending line breaks. */
function punctuationBreaks(text: string, start: number, end: number, out: number[]): void {
  let i = start;
  let sentenceStart = start;
  const terminal = new RegExp(TERMINAL_CLASS, 'gu');
  while (i < end) {
    terminal.lastIndex = i;
    const found = terminal.exec(text);
    if (found === null || found.index >= end) break;
    i = found.index;
    const markStart = i;
    while (i < end && TERMINAL.includes(text[i] as string)) i++;
    const marks = text.slice(markStart, i);
    const closeStart = i;
    while (i < end && CLOSERS.includes(text[i] as string)) i++;
    const closers = text.slice(closeStart, i);
    if (i >= end) break;
    if (CJK_TERMINAL.test(marks)) {
      // A closed Japanese quotation followed by a quotative particle ("「行くよ。」と彼は言った。") goes on.
      if (closers === '' || !/\p{Script=Hiragana}/u.test(text[i] as string)) {
        out.push(i);
        sentenceStart = i;
      }
      continue;
    }
    if (!isSpace(text[i])) continue;
    const next = nextWord(text, i, end);
    if (next.first === '' || LOWER_START.test(next.first) || /[,;:)\]}]/u.test(next.first)) continue;
    const isPeriod = marks === '.';
    if (isPeriod && !/["”’»']/u.test(closers) && periodContinues(text, markStart, sentenceStart, i, end)) continue;
    // An ellipsis inside a sentence is followed by lowercase (handled above); before a number it is a pause.
    if ((marks === '…' || marks === '...') && /^\p{N}/u.test(next.first)) continue;
    out.push(i);
    sentenceStart = i;
  }
}

/** Whether a single line break between two lines joins hard-wrapped prose rather than ending a sentence. */
function joinsLines(previousLine: string, nextLine: string): boolean {
  const prev = previousLine.trimEnd();
  const next = nextLine.trimStart();
  if (prev === '' || next === '' || BULLET_START.test(next)) return false;
  return /[\p{Ll},;–—-]$/u.test(prev) && LOWER_START.test(next);
}

export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s && HAS_WORD.test(text.slice(s, e))) spans.push({ text: text.slice(s, e), start: s, end: e });
  };

  // Runs of lines that may hold several sentences but no sentence-ending line break.
  let blockStart = 0;
  let lineStart = 0;
  const breaks: number[] = [];
  const closeBlock = (blockEnd: number): void => {
    breaks.length = 0;
    punctuationBreaks(text, blockStart, blockEnd, breaks);
    let from = blockStart;
    for (const b of breaks) {
      push(from, b);
      from = b;
    }
    push(from, blockEnd);
  };
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (newline === -1) break;
    const nextLineEnd = text.indexOf('\n', newline + 1);
    const line = text.slice(lineStart, lineEnd);
    const nextLine = text.slice(newline + 1, nextLineEnd === -1 ? text.length : nextLineEnd);
    if (!joinsLines(line, nextLine)) {
      closeBlock(lineEnd);
      blockStart = newline + 1;
    }
    lineStart = newline + 1;
  }
  closeBlock(text.length);
  return spans;
}
