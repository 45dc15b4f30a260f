import { describe, expect, it } from 'vitest';
import { looksDoubleEncoded, repairDoubleEncoding } from '../../../core/text/mojibake';

/** Windows-1252 for the bytes 0x80–0x9F; its five unassigned bytes read as the control character. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** What a publishing system makes of UTF-8 text when it reads the bytes as Windows-1252 and writes them again. */
function doubleEncode(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => (b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] as string) : String.fromCharCode(b)))
    .join('');
}

describe('repairing text encoded as UTF-8 twice', () => {
  it('gives back curly quotes, dashes, accents and no-break spaces', () => {
    expect(repairDoubleEncoding('Thatâ€™s the â€œbest partâ€\u009d â€” said JosÃ©')).toBe(
      'That’s the “best part” — said José',
    );
    expect(repairDoubleEncoding('1.\u00c2\u00a0\u00c2\u00a0Myth: All fat is bad')).toBe(
      '1.\u00a0\u00a0Myth: All fat is bad',
    );
  });

  it('round-trips any text through the double encoding', () => {
    const original = 'Crème brûlée — “naïve” café, 10 € and a 🎉 party in Zürich';
    expect(repairDoubleEncoding(doubleEncode(original))).toBe(original);
  });

  it('leaves ordinary accented text alone', () => {
    for (const text of [
      'À bientôt, Zoë: le café était fermé.',
      'Ça coûte 10 € — «très cher».',
      'Straße, Größe, Ü-Wagen',
      'São Paulo e Brasília',
      'Ångström · ±5 °C',
    ]) {
      expect(looksDoubleEncoded(text, 1)).toBe(false);
      expect(repairDoubleEncoding(text)).toBe(text);
    }
  });

  it('asks for several repaired characters before calling a text double-encoded', () => {
    expect(looksDoubleEncoded('Itâ€™s here', 2)).toBe(false);
    expect(looksDoubleEncoded('Itâ€™s here and thereâ€™s more', 2)).toBe(true);
  });
});
