import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';
import { MAX_ELEMENTS } from '../../../core/extract/prune';

describe('extraction budget', () => {
  it('ends quickly with a result on a page with far more nodes than the budget', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i} of the story tells the reader what happened at the harbour meeting, who spoke, and what the council decided to do next about the broken sea wall.</p>`,
    ).join('');
    const filler = '<div><span>item</span></div>'.repeat(Math.ceil((MAX_ELEMENTS * 2) / 2));
    const html = `<html><body><article>${story}</article><section>${filler}</section><script>${'x'.repeat(1_000_000)}</script></body></html>`;
    const doc = parseHtml(html);
    const started = performance.now();
    const article = extractArticle(doc);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(article.signals.truncated).toBe(true);
    expect(article.signals.reasons).toContain('node-budget');
    expect(article.text).toContain('Paragraph 0 of the story');
  });

  it('is not truncated on an ordinary page', () => {
    const article = extractArticle(
      parseHtml('<html><body><article><p>Short story text here.</p></article></body></html>'),
    );
    expect(article.signals.truncated).toBe(false);
  });

  it('stops refining when its time budget is spent, and says so', () => {
    const story = Array.from(
      { length: 200 },
      (_, i) => `<p>Paragraph ${i} tells the reader more about the harbour meeting and the sea wall repairs.</p>`,
    ).join('');
    const article = extractArticle(parseHtml(`<html><body><article>${story}</article></body></html>`), {
      timeBudgetMs: 0,
    });
    expect(article.text).toContain('Paragraph 0 tells');
    expect(article.signals.truncated).toBe(true);
    expect(article.signals.reasons).toContain('time-budget');
  });

  it('copies only the start of a page far past the budget, and says the page was cut', () => {
    const row = '<div class="row"><span>cell</span><a href="/x">link</a></div>';
    const html = `<html><body><article><p>${'The story of the harbour wall, told at length. '.repeat(20)}</p></article>${row.repeat(40_000)}</body></html>`;
    const article = extractArticle(parseHtml(html));
    expect(article.text).toContain('The story of the harbour wall');
    expect(article.signals.reasons).toContain('node-budget');
  });
});
