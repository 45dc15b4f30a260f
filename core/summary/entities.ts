import type { Entity, TextSpan } from '../types';

const CAPITALIZED = /(?<=[\s(“"‘'-])\p{Lu}[\p{Ll}'’-]*\p{L}/gu;

/** Salience of each sentence from the entity recognizer, or from repeated capitalized names without it. */
export function entityWeights(sentences: readonly TextSpan[], entities: readonly Entity[]): number[] {
  const weights = sentences.map(() => 0);
  if (entities.length > 0) {
    for (const entity of entities) {
      const seen = new Set<number>();
      for (const mention of entity.mentions) {
        const i = sentenceAt(sentences, mention.start);
        if (i >= 0 && !seen.has(i)) {
          seen.add(i);
          weights[i] = (weights[i] ?? 0) + entity.salience;
        }
      }
    }
    return weights;
  }
  // Capitalized words not at the start of a sentence, counted by the sentences they occur in.
  const counts = new Map<string, number>();
  const names = sentences.map((s) => {
    const found = new Set<string>();
    for (const m of s.text.matchAll(CAPITALIZED)) found.add(m[0]);
    for (const name of found) counts.set(name, (counts.get(name) ?? 0) + 1);
    return found;
  });
  names.forEach((found, i) => {
    let w = 0;
    for (const name of found) {
      const c = counts.get(name) ?? 0;
      if (c > 1) w += Math.log(c);
    }
    weights[i] = w;
  });
  return weights;
}

/** Index of the sentence containing `offset` (binary search over ordered spans), or -1. */
function sentenceAt(sentences: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as TextSpan;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
