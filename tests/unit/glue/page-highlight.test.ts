// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHighlights, findPassageRanges, highlightPassages } from '../../../utils/page-highlight';

describe('highlighting passages in the page', () => {
  beforeEach(() => {
    document.body.innerHTML = `<article><p>The <b>Islamic   State</b> claimed responsibility.</p>
      <script>var hidden = "Islamic State";</script>
      <p>Later, the Islamic State said more.</p></article>`;
  });

  it('finds passages across element boundaries and collapsed whitespace, skipping scripts', () => {
    const ranges = findPassageRanges(document.body, ['Islamic State']);
    expect(ranges.map((range) => range.toString().replace(/\s+/g, ' '))).toEqual(['Islamic State', 'Islamic State']);
    const sentence = findPassageRanges(document.body, ['The Islamic State claimed responsibility.']);
    expect(sentence).toHaveLength(1);
  });

  it('marks the passages and removes every mark cleanly', () => {
    const before = document.body.textContent;
    expect(highlightPassages(document, ['Islamic State'], 1, true)).toBe(2);
    expect(document.querySelectorAll('mark[data-lede-highlight]').length).toBeGreaterThanOrEqual(2);
    clearHighlights(document);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
  });

  it('finds nothing for text that is not there', () => {
    expect(highlightPassages(document, ['Soufan Group'], 0, false)).toBe(0);
  });
});
