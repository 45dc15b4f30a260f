import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';
import type { GoldenFile } from './golden';

const root = resolve(__dirname, '../../fixtures/extract');
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixture folders follow the convention', () => {
  it('has fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });
  it.each(slugs)('%s has page.html and an expected.json with about and expect', (slug) => {
    expect(existsSync(resolve(root, slug, 'page.html'))).toBe(true);
    const golden = JSON.parse(readFileSync(resolve(root, slug, 'expected.json'), 'utf8')) as GoldenFile;
    expect(typeof golden.about).toBe('string');
    expect(golden.about.length).toBeGreaterThan(10);
    expect(Object.keys(golden.expect).length).toBeGreaterThan(0);
  });
});

describe.each(slugs)('extraction of %s', (slug) => {
  const golden = JSON.parse(readFileSync(resolve(root, slug, 'expected.json'), 'utf8')) as GoldenFile;
  const want = golden.expect;
  const html = readFileSync(resolve(root, slug, 'page.html'), 'utf8');
  const article = extractArticle(parseHtml(html, want.url), want.url ? { url: want.url } : {});

  it('matches the expected metadata', () => {
    const fields = [
      'title',
      'byline',
      'siteName',
      'publisher',
      'publishedDate',
      'modifiedDate',
      'section',
      'lang',
      'dir',
      'canonicalUrl',
    ] as const;
    for (const field of fields) {
      if (field in want) expect(article[field], field).toEqual(want[field]);
    }
    if (want.authors) expect(article.authors).toEqual(want.authors);
    if (want.fieldSources) expect(article.fieldSources).toMatchObject(want.fieldSources);
    for (const type of want.pageTypesInclude ?? []) expect(article.pageTypes).toContain(type);
    if (want.image !== undefined) {
      if (want.image === null) expect(article.image).toBeNull();
      else expect(article.image).toMatchObject(want.image);
    }
  });

  it('matches the expected signals', () => {
    if (want.signals) expect(article.signals).toMatchObject(want.signals);
    for (const reason of want.reasonsInclude ?? []) expect(article.signals.reasons).toContain(reason);
  });

  it('matches the expected body', () => {
    const text = article.text;
    if (want.paragraphs !== undefined) expect(text ? text.split('\n\n').length : 0).toBe(want.paragraphs);
    if (want.textStartsWith !== undefined) expect(text.startsWith(want.textStartsWith), text.slice(0, 80)).toBe(true);
    if (want.textEndsWith !== undefined) expect(text.endsWith(want.textEndsWith), text.slice(-80)).toBe(true);
    for (const part of want.textContains ?? []) expect(text).toContain(part);
    for (const part of want.textExcludes ?? []) expect(text).not.toContain(part);
    for (const part of want.htmlContains ?? []) expect(article.html).toContain(part);
    for (const part of want.htmlExcludes ?? []) expect(article.html.toLowerCase()).not.toContain(part.toLowerCase());
    if (want.minWords !== undefined) expect(article.wordCount).toBeGreaterThanOrEqual(want.minWords);
  });

  it('moves context lines to notes', () => {
    for (const note of want.notes ?? []) {
      const found = article.notes.find((n) => n.kind === note.kind && n.text.startsWith(note.startsWith));
      expect(found, `${note.kind}: ${note.startsWith}`).toBeDefined();
      expect(article.text).not.toContain(note.startsWith);
    }
  });

  it('maps links to their anchor text', () => {
    for (const link of article.links) expect(article.text.slice(link.start, link.end)).toBe(link.text);
    if (want.links) expect(article.links.map(({ href, text }) => ({ href, text }))).toEqual(want.links);
  });
});
