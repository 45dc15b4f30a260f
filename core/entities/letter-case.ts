/**
 * Letter case on the hot paths of the recognizer, which asks it of every token. The engine's case mapping is
 * a call per word, and a slow one outside ASCII (curly quotes and dashes in every news text, accented
 * words, whole texts in Greek or Cyrillic); these settle each character from a table where they can, and
 * ask the engine only for the rest.
 */

/** Below this code, the tables say; up to Armenian, which covers the alphabets with case but a few. */
const TABLE_END = 0x590;
/** Per code unit: bit 1 if the character has case (its lower and upper forms differ), bit 2 if lowercasing changes it. */
const TABLE = new Uint8Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  TABLE[code] = (lower !== ch.toUpperCase() ? 1 : 0) | (lower !== ch ? 2 : 0);
}

/**
 * Blocks with no character that has case, beyond the table: scripts without case (Hebrew to Myanmar, CJK,
 * kana, Hangul), General Punctuation and the private use area. Checked against the engine by a unit test.
 */
const CASELESS_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0590, 0x109f],
  [0x2000, 0x206f],
  [0x2d30, 0xa63f],
  [0xac00, 0xd7ff],
  [0xe000, 0xfaff],
];

/** Whether a code unit at or above TABLE_END lies in a block without case. */
export function inCaselessBlock(code: number): boolean {
  for (const [from, to] of CASELESS_BLOCKS) if (code >= from && code <= to) return true;
  return false;
}

/** Equal to w.toLowerCase(); w itself, without asking the engine, where no character would change. */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code < TABLE_END ? ((TABLE[code] as number) & 2) !== 0 : !inCaselessBlock(code)) {
      return w.toLowerCase();
    }
  }
  return w;
}

/** Whether the character with this code is one lowercasing changes (a capital); w[0] !== w[0].toLowerCase(). */
function isUpperCode(code: number, w: string, i: number): boolean {
  if (code < TABLE_END) return ((TABLE[code] as number) & 2) !== 0;
  if (inCaselessBlock(code)) return false;
  const ch = w[i] as string;
  return ch !== ch.toLowerCase();
}

/** Whether the word starts with a capital (a character lowercasing changes). */
export function startsWithCapital(w: string): boolean {
  return w.length > 0 && isUpperCode(w.charCodeAt(0), w, 0);
}

/**
 * The kind of the character at w[i] for a word shape: "X" for a capital, "x" for a small letter, the
 * character itself otherwise (as UTF-16 codes).
 */
export function caseShapeCode(code: number, w: string, i: number): number {
  if (code < TABLE_END) {
    const bits = TABLE[code] as number;
    return bits & 2 ? 88 : bits & 1 ? 120 : code;
  }
  if (inCaselessBlock(code)) return code;
  const ch = w[i] as string;
  return ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : code;
}

/** Equal to w.toLowerCase() !== w.toUpperCase(): whether the word has a letter with case. */
export function hasCasedLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code < TABLE_END) {
      if (((TABLE[code] as number) & 1) !== 0) return true;
    } else if (!inCaselessBlock(code)) return w.toLowerCase() !== w.toUpperCase();
  }
  return false;
}
