import { describe, expect, it } from 'vitest';
import { scorePage, scoreSet, shingles, wordTokens } from '../../../core/eval/shingles';

describe('shingle metric', () => {
  it('splits on anything that is not a letter, digit or underscore', () => {
    expect(wordTokens('Hello, world! snake_case 42 café—naïve')).toEqual([
      'hello',
      'world',
      'snake_case',
      '42',
      'café',
      'naïve',
    ]);
  });

  it('counts shingles as a multiset', () => {
    const counts = shingles('a b c d a b c d');
    expect(counts.get('a b c d')).toBe(2);
    expect(counts.get('b c d a')).toBe(1);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(5);
  });

  it('scores a perfect page 1 and a disjoint page 0', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('one two three four', 'five six seven eight')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('charges extra text to precision and missing text to recall', () => {
    const truth = 'the council approved the plan on tuesday evening';
    const extra = scorePage(`${truth} share this story on social media now`, truth);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeLessThan(1);
    const missing = scorePage('the council approved the plan', truth);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 5);
  });

  it('ignores punctuation and layout, so block separators do not matter', () => {
    expect(scorePage('One two three.\n\nFour five six.', 'one two three four five six')).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });

  it('averages per page and takes F1 of the averages', () => {
    const set = scoreSet([
      { precision: 1, recall: 0.5, tp: 0, fp: 0, fn: 0 },
      { precision: 0.5, recall: 1, tp: 0, fp: 0, fn: 0 },
    ]);
    expect(set.precision).toBe(0.75);
    expect(set.recall).toBe(0.75);
    expect(set.f1).toBeCloseTo(0.75);
  });
});
