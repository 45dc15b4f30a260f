import { describe, expect, it } from 'vitest';
import { entitiesOfText } from '../support/entities';

describe('Chinese and Korean names written surname first', () => {
  it('are people without a title before them', async () => {
    const text = [
      'Xi Jinping met Li Qiang in Beijing on Monday.',
      'Yoon Suk Yeol was removed from office, and Kim Jong Un fired a missile.',
    ].join('\n\n');
    const people = (await entitiesOfText(text)).filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of ['Xi Jinping', 'Li Qiang', 'Yoon Suk Yeol', 'Kim Jong Un']) expect(people).toContain(name);
  });

  it('are people with a hyphenated given name, as Hong Kong, Taiwan and Korea spell them', async () => {
    const text = [
      'Shiu Ka-chun and Hui Chi-fung were elected, and Kwok Ka-ki kept his seat.',
      'Tsai Ing-wen met Moon Jae-in in Seoul.',
    ].join('\n\n');
    const people = (await entitiesOfText(text)).filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of ['Shiu Ka-chun', 'Hui Chi-fung', 'Kwok Ka-ki', 'Tsai Ing-wen', 'Moon Jae-in'])
      expect(people).toContain(name);
  });

  it('leave streets, counties and other capitalized pairs alone', async () => {
    const text = 'Park Avenue is busy. Lee County voted. Sun Belt states grew. Song Contest winners sang.';
    const people = (await entitiesOfText(text)).filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual([]);
  });
});
