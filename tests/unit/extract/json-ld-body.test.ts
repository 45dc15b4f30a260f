import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';

const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1} of the council story says what the vote on the new library means for the town and its readers.`,
).join('\n\n');

const shell = (ld: object, body = '<div id="root"></div>'): Document =>
  parseHtml(
    `<!DOCTYPE html><html><head><title>Library vote</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`,
  );

describe('the JSON-LD articleBody of a page whose HTML holds no story', () => {
  it('becomes the story', () => {
    const article = extractArticle(shell({ '@type': 'NewsArticle', headline: 'Library vote', articleBody: STORY }));
    expect(article.text.split('\n\n')).toHaveLength(8);
    expect(article.fieldSources.text).toBe('json-ld');
  });

  it('is not shown for a piece the page marks as paywalled', () => {
    const article = extractArticle(
      shell({ '@type': 'NewsArticle', headline: 'Library vote', isAccessibleForFree: false, articleBody: STORY }),
    );
    expect(article.text).not.toContain('Paragraph 1');
    expect(article.fieldSources.text).toBeUndefined();
  });

  it('does not replace a story the HTML holds', () => {
    const html =
      '<article><h1>Library vote</h1>' +
      '<p>The council voted to build the library next to the old mill, after a year of debate about the site and the cost.</p>'.repeat(
        5,
      ) +
      '</article>';
    const article = extractArticle(
      shell({ '@type': 'NewsArticle', headline: 'Library vote', articleBody: STORY }, html),
    );
    expect(article.text).toContain('next to the old mill');
    expect(article.text).not.toContain('Paragraph 1');
  });
});
