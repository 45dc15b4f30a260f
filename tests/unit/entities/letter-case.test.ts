import { describe, expect, it } from 'vitest';
import {
  caseShapeCode,
  hasCasedLetter,
  inCaselessBlock,
  lowerCase,
  startsWithCapital,
} from '../../../core/entities/letter-case';

const engineHasCase = (w: string): boolean => w.toLowerCase() !== w.toUpperCase();

describe('letter case without the engine', () => {
  it('agrees with the engine on every UTF-16 code unit, alone and inside words', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const word of [ch, `x${ch}`, `${ch}Y`, `“${ch}”`]) {
        if (lowerCase(word) !== word.toLowerCase() || hasCasedLetter(word) !== engineHasCase(word))
          disagreements.push(code.toString(16));
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('tells capitals and shapes as the engine does, on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const capital = ch !== ch.toLowerCase();
      const shape = capital ? 88 : ch !== ch.toUpperCase() ? 120 : code;
      if (startsWithCapital(`${ch}x`) !== capital || caseShapeCode(code, ch, 0) !== shape)
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
    expect(startsWithCapital('')).toBe(false);
  });

  it('agrees on the words of news text in several scripts', () => {
    const words = [
      'Müller',
      'ÉTÉ',
      'été',
      'Σωκράτης',
      'ΟΔΟΣ',
      'Москва',
      'straße',
      'İstanbul',
      'ǅemal',
      '北京',
      'القاهرة',
    ];
    for (const word of [...words, '’s', '—', '2014', 'U.S.', '']) {
      expect(lowerCase(word)).toBe(word.toLowerCase());
      expect(hasCasedLetter(word)).toBe(engineHasCase(word));
    }
  });

  it('returns the word itself where lowercasing changes nothing', () => {
    const word = ['al', 'ready', '—'].join('');
    expect(lowerCase(word)).toBe(word);
  });

  it('lists as caseless only blocks where no character has case', () => {
    const cased: string[] = [];
    for (let code = 0x590; code <= 0xffff; code++)
      if (inCaselessBlock(code) && engineHasCase(String.fromCharCode(code))) cased.push(code.toString(16));
    expect(cased).toEqual([]);
  });
});
