import { describe, expect, it } from 'vitest';
import { sourcesOf } from './helpers';

describe('unattributed claims', () => {
  it('finds hedged sentences with their marker and offsets', () => {
    const text =
      'The suspect reportedly fled to Spain. It is believed the money was never recovered. The firm is said to be near collapse. The minister allegedly lied.';
    const claims = sourcesOf(text).unattributed;
    expect(claims.map((c) => c.marker)).toEqual(['reportedly', 'it is believed', 'is said to', 'allegedly']);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('"according to reports" and passive "it was said" have no source', () => {
    const text = 'The deal is worth $2bn, according to reports. It was said at the time that the mine would close.';
    expect(sourcesOf(text).unattributed.map((c) => c.marker)).toEqual(['according to reports', 'it was said']);
    expect(sourcesOf(text).citations).toEqual([]);
  });

  it('a hedge with a source is attributed, and a speaker’s own hedge in quotes is theirs', () => {
    const text = 'The suspect reportedly fled to Spain, police said. “He allegedly took the car,” a neighbour said.';
    expect(sourcesOf(text).unattributed).toEqual([]);
  });

  it('plain statements are not claims without attribution', () => {
    expect(sourcesOf('The bridge opened in 1932. It carries 40,000 cars a day.').unattributed).toEqual([]);
  });
});
