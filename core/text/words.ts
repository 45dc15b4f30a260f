const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/**
 * A Chinese or Japanese character: these scripts are written without spaces, so a "word" is no run of
 * letters. The first pattern tests (through hasNoSpaceScript); the global one counts and replaces.
 */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const NO_SPACE_SCRIPT_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * The code units these scripts can start with (CJK blocks, half-width katakana, and any surrogate pair,
 * as some of their letters lie beyond the first plane). Testing them first is ten times faster than the
 * script classes over Latin text, which is what almost every page is.
 */
const MAY_BE_NO_SPACE_SCRIPT = /[\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f\ud800-\udbff]/;

/** Whether the text holds Chinese or Japanese characters. */
export function hasNoSpaceScript(text: string): boolean {
  return MAY_BE_NO_SPACE_SCRIPT.test(text) && NO_SPACE_SCRIPT.test(text);
}

/**
 * Words as readers count them: runs of letters or digits (apostrophes and hyphens inside a word keep it
 * whole). Combining marks belong to the word: Hindi vowel signs and Arabic harakat must not split it.
 * Chinese and Japanese count as one word per one and a half characters, as a reader's pace goes.
 */
export function countWords(text: string): number {
  if (!hasNoSpaceScript(text)) return text.match(WORD)?.length ?? 0;
  const characters = text.match(NO_SPACE_SCRIPT_ALL)?.length ?? 0;
  const rest = text.replace(NO_SPACE_SCRIPT_ALL, ' ');
  return Math.round(characters / 1.5) + (rest.match(WORD)?.length ?? 0);
}

/** WORD for counting by hand: its own search position, so no caller of the shared pattern can move it. */
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/**
 * Whether the text has at least `n` words (countWords(text) >= n), reading only as far as the n-th: a
 * threshold on a long text needs neither all of its words nor the array of them.
 */
export function hasWords(text: string, n: number): boolean {
  if (hasNoSpaceScript(text)) return countWords(text) >= n;
  WORD_SCAN.lastIndex = 0;
  let found = 0;
  while (found < n && WORD_SCAN.exec(text) !== null) found++;
  return found >= n;
}

/** Minutes to read at an adult's typical 230 words a minute, at least 1 for any text. */
export function readingTimeMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
