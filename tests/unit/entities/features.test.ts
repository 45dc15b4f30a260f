import { describe, expect, it } from 'vitest';
import { docStats, hashString, sentenceMode, shapeHash, shapeOf } from '../../../core/entities/features';

// Words of every kind the tagger meets: ASCII and accented capitals, digits, abbreviations, punctuation,
// scripts without case, a surrogate pair, a word longer than the 24 characters a shape reads.
const WORDS = [
  'Pakistan',
  'U.S.',
  '2014',
  'al-',
  'iPhone',
  'ÉTÉ',
  'été',
  'Łódź',
  'ŞEHİR',
  'Δελφοί',
  '北京',
  'القاهرة',
  '😀x',
  ',',
  "O'Neill",
  '—',
  'A1B2c3',
  'Supercalifragilisticexpialidocious',
  '',
];

describe('word shapes', () => {
  it('collapse runs of the same kind of character', () => {
    expect(shapeOf('Pakistan')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('2014')).toBe('d');
    expect(shapeOf('al-')).toBe('x-');
    expect(shapeOf('Łódź')).toBe('Xx');
    expect(shapeOf('北京')).toBe('北京');
  });

  it('hash as the shape string would, without building it', () => {
    for (const word of WORDS) expect(shapeHash(word), word).toBe(hashString(shapeOf(word)));
  });
});

describe('sentence modes', () => {
  it('tell a headline in capitals, accented or not, from prose', () => {
    expect(sentenceMode(['GRÈVE', 'À', 'PARIS', 'ÉTÉ', 'CHAUD'])).toBe('uc');
    expect(sentenceMode(['CLINTON', ',', 'REPUBLICANS', 'SAY', 'DEAL', 'NEAR'])).toBe('uc');
    expect(sentenceMode(['Grève', 'à', 'Paris', 'cet', 'été', 'chaud'])).toBe('');
    // A lowercase letter anywhere in a word keeps it from counting as written in capitals.
    expect(sentenceMode(['GRÈVe', 'PARIs', 'ÉTé', 'CHAUd'])).not.toBe('uc');
  });

  it('are the same whether or not the lowercased words are given', () => {
    const words = ['Talks', 'Between', 'Moscow', 'And', 'Kyiv', 'Resume', 'In', 'Istanbul'];
    const stats = docStats([words]);
    expect(stats.lowered.get(words)).toEqual(words.map((w) => w.toLowerCase()));
    expect(sentenceMode(words, stats.lowered.get(words))).toBe(sentenceMode(words));
    expect(stats.modes.get(words)).toBe('tc');
  });
});
