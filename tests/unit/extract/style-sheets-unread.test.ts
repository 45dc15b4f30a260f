import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../core/analyze';
import { parseHtml } from '../../../core/parse-html';

/**
 * The extension's build replaces linkedom's CSS parser with an empty stand-in (utils/no-css-parser.ts),
 * which is only safe while nothing in the pipeline asks a `<style>` element for its sheet.
 */
describe('style sheets', () => {
  it('are never parsed by the pipeline, so the extension can ship without a CSS parser', async () => {
    const html = readFileSync(resolve(__dirname, '../../fixtures/seed-article/page.html'), 'utf8').replace(
      '</head>',
      '<style>.story p { color: #222 } @media (max-width: 600px) { .share { display: none } }</style></head>',
    );
    const doc = parseHtml(html, 'https://www.example.com/news/story');
    const style = doc.querySelector('style');
    if (!style) throw new Error('the page lost its <style>');
    let reads = 0;
    const prototype = Object.getPrototypeOf(style) as object;
    const original = Object.getOwnPropertyDescriptor(prototype, 'sheet');
    Object.defineProperty(prototype, 'sheet', {
      configurable: true,
      get() {
        reads++;
        return null;
      },
    });
    try {
      const analysis = await analyzeDocument(doc);
      expect(analysis.article.text.split(/\s+/).length).toBeGreaterThan(300);
      expect(analysis.entities.length).toBeGreaterThan(3);
    } finally {
      if (original) Object.defineProperty(prototype, 'sheet', original);
    }
    expect(reads).toBe(0);
  });
});
