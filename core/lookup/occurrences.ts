import type { TextSpan } from '../types';
import { namePattern } from './query';
import type { LookupOccurrence } from './types';

/** At most this many occurrences are listed; the rest are counted. */
export const MAX_OCCURRENCES = 50;

/** Index of the sentence containing `offset` (binary search over sorted spans), or -1. */
function sentenceAt(sentences: TextSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = sentences[mid] as TextSpan;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Every place one of `names` appears in `text`, each with its sentence, in reading order. */
export function findOccurrences(
  text: string,
  sentences: TextSpan[],
  names: string[],
): { occurrences: LookupOccurrence[]; total: number } {
  const pattern = namePattern(names);
  if (!pattern || !text) return { occurrences: [], total: 0 };
  const occurrences: LookupOccurrence[] = [];
  let total = 0;
  for (const match of text.matchAll(pattern)) {
    total++;
    if (occurrences.length >= MAX_OCCURRENCES) continue;
    const start = match.index;
    const end = start + match[0].length;
    const span = sentences[sentenceAt(sentences, start)];
    const sentence = span ? span.text : match[0];
    // Offsets inside the sentence as shown: whitespace collapsed, leading space trimmed.
    const before = span ? text.slice(span.start, start).replace(/\s+/g, ' ').trimStart() : '';
    occurrences.push({ text: match[0], start, end, sentence: sentence.replace(/\s+/g, ' ').trim(), at: before.length });
  }
  return { occurrences, total };
}
