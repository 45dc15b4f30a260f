import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';
import type { Article } from '../../../core/types';

const folder = resolve(__dirname, '../../fixtures/seed-article');
const html = readFileSync(resolve(folder, 'page.html'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(folder, 'expected.json'), 'utf8')).article as {
  title: string;
  byline: string;
  authorRole: string;
  siteName: string;
  publishedDate: string;
  publishedDateFrom: string;
  lang: string;
  paragraphs: number;
  wordCountRange: [number, number];
  bodyStartsWith: string;
  bodyEndsWith: string;
  forbidden: string[];
};

const doms: Array<[string, () => Document]> = [
  ['linkedom', () => parseHtml(html)],
  ['jsdom', () => new JSDOM(html).window.document],
];

describe.each(doms)('seed article via %s', (_name, makeDocument) => {
  const article: Article = extractArticle(makeDocument());

  it('reads the metadata the page gives', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.authors[0]?.role).toBe(expected.authorRole);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.lang).toBe(expected.lang);
  });

  it('takes the date from the URL when the page gives none', () => {
    expect(article.publishedDate).toBe(expected.publishedDate);
    expect(article.fieldSources.publishedDate).toBe(expected.publishedDateFrom);
  });

  it('keeps the story paragraphs and nothing else', () => {
    expect(article.text.split('\n\n')).toHaveLength(expected.paragraphs);
    expect(article.wordCount).toBeGreaterThanOrEqual(expected.wordCountRange[0]);
    expect(article.wordCount).toBeLessThanOrEqual(expected.wordCountRange[1]);
    expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const forbidden of expected.forbidden) expect(article.text).not.toContain(forbidden);
  });

  it('moves the licensing footer and contact lines to notes', () => {
    const kinds = article.notes.map((note) => note.kind);
    expect(kinds).toContain('licensing');
    expect(kinds).toContain('author-contact');
    expect(article.notes.find((n) => n.kind === 'licensing')?.text).toMatch(
      /^All content created by the Daily Caller News Foundation/,
    );
  });

  it('maps every body link to its anchor text', () => {
    expect(article.links.map((l) => new URL(l.href).hostname)).toEqual(['www.nytimes.com', 'www.soufangroup.com']);
    for (const link of article.links) expect(article.text.slice(link.start, link.end)).toBe(link.text);
  });

  it('does not change the page it reads', () => {
    const doc = makeDocument();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
