import { describe, expect, it } from 'vitest';
import { summaryAsMarkdown, summaryAsText } from '../../../core/export/summary';

const sentences = [
  { text: 'The *Islamic State* claimed responsibility.', start: 0, end: 43 },
  { text: 'Officials [spoke] to reporters.', start: 45, end: 76 },
];

describe('copying the summary', () => {
  it('gives the sentences as one paragraph of text', () => {
    expect(summaryAsText(sentences)).toBe(
      'The *Islamic State* claimed responsibility. Officials [spoke] to reporters.',
    );
  });

  it('gives one Markdown bullet a sentence with the page text escaped', () => {
    const markdown = summaryAsMarkdown(sentences).split('\n');
    expect(markdown).toHaveLength(2);
    expect(markdown[0]).toMatch(/^- The \\\*Islamic State\\\* claimed/);
    expect(markdown[1]).toContain('\\[spoke\\]');
  });
});
