/**
 * Words as readers count them: runs of letters or digits (apostrophes and hyphens inside a word keep it
 * whole). Combining marks belong to the word: Hindi vowel signs and Arabic harakat must not split it.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)?.length ?? 0;
}

/** Minutes to read at an adult's typical 230 words a minute, at least 1 for any text. */
export function readingTimeMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
