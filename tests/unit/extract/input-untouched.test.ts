import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story: the harbour council met on Tuesday and Mayor Ana Ruiz said the sea wall would be repaired before the spring tides.</p>`,
).join('');

describe('the page given to extraction', () => {
  it('reads the body when a script sits between head and body, and leaves the page as it was', () => {
    // linkedom's document.body inserts an empty <body> when the element after <head> is not one.
    const doc = parseHtml(
      `<!DOCTYPE html><html><head><title>Sea wall</title></head><script>var a = 1;</script><body><article>${STORY}</article></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url: 'https://example.com/2024/01/02/sea-wall/' });
    expect(article.text).toContain('Paragraph 5 of the story');
    expect(article.signals.isArticle).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same article twice from the same page', () => {
    const doc = parseHtml(
      `<html><head><title>Sea wall</title></head><body><article><table><tr><td>Tide</td><td>4.2 m</td></tr></table>${STORY}</article></body></html>`,
    );
    const first = extractArticle(doc, { url: 'https://example.com/a/' });
    const second = extractArticle(doc, { url: 'https://example.com/a/' });
    expect(second.text).toBe(first.text);
    expect(second.html).toBe(first.html);
  });
});
