import type { TextSpan } from '../types';

/**
 * Splits text into sentences with offsets into the input.
 * First version: paragraph-aware, breaks after . ! ? (and closing quotes) followed by space and a capital.
 * The summary capability replaces this with a splitter that handles abbreviations, initials and the like.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}
