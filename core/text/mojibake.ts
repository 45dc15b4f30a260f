/**
 * Repairs text that was encoded as UTF-8 twice: a page whose publishing system read its own UTF-8 bytes as
 * Latin-1 or Windows-1252 and wrote them out again shows "â€™" for "’", "Ã©" for "é" and "Â " for a
 * no-break space. The reader sees the page that way too; Lede shows the words that were meant.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F, which Latin-1 leaves as control characters. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CONTINUATION = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/**
 * A lead byte of a two-, three- or four-byte UTF-8 sequence read as one character, then its continuation
 * bytes read as characters. Only whole sequences match, so "é" or "À" in French text do not.
 */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  'g',
);
/** The quick test: a lead character followed by a continuation character. */
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}`);

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_HIGH[ch] ?? null;
}

/** The sequence's bytes decoded as UTF-8, or null when they are not one valid character. */
function decodeSequence(sequence: string): string | null {
  const bytes: number[] = [];
  for (const ch of sequence) {
    const byte = byteOf(ch);
    if (byte === null) return null;
    bytes.push(byte);
  }
  try {
    const decoded = decoder.decode(new Uint8Array(bytes));
    return [...decoded].length === 1 ? decoded : null;
  } catch {
    return null;
  }
}

/** Whether `text` holds at least `min` sequences that decode to a character (evidence of double encoding). */
export function looksDoubleEncoded(text: string, min = 2): boolean {
  if (!SUSPECT.test(text)) return false;
  let found = 0;
  for (const match of text.matchAll(SEQUENCE)) {
    if (decodeSequence(match[0]) !== null && ++found >= min) return true;
  }
  return false;
}

/** `text` with every double-encoded character decoded once. Text without such sequences is returned as is. */
export function repairDoubleEncoding(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(SEQUENCE, (sequence) => decodeSequence(sequence) ?? sequence);
}
