// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findRanges, indexText } from '../../../utils/text-ranges';

describe('finding passages in rendered HTML', () => {
  const root = document.createElement('div');
  root.innerHTML = '<p>The <em>Soufan</em>   Group said.</p><p>Group\nthink is not the Soufan Group.</p>';

  it('matches across elements and whitespace', () => {
    const ranges = findRanges(indexText(root), 'Soufan Group said.');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.toString().replace(/\s+/g, ' ')).toBe('Soufan Group said.');
  });

  it('keeps paragraphs apart and can require whole words', () => {
    const index = indexText(root);
    expect(index.text).toContain('said. Group think');
    expect(findRanges(index, 'Group', { wholeWords: true })).toHaveLength(3);
    expect(findRanges(index, 'Sou', { wholeWords: true })).toHaveLength(0);
    expect(findRanges(index, 'Group', { limit: 1 })).toHaveLength(1);
  });
});
