import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';
import { analyzeSources } from '../../../core/sources/index';
import { splitSentences } from '../../../core/text/sentences';
import type { Article, Citation } from '../../../core/types';
import { seedArticle } from './seed-article';

interface SeedSources {
  publisher: { name: string; kind: string; republishedFreely: boolean };
  author: { name: string; role: string };
  citations: {
    source: string;
    kind: string;
    via?: string;
    verb?: string;
    quote?: string;
    description?: string;
    quotes?: number;
    linked?: boolean;
  }[];
  unattributedClaims: { marker: string; count: number };
  claimOfResponsibility: string;
  outboundLinks: { newsOutlets: string[]; organizations: string[] };
}

const expected = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/seed-article/expected.json'), 'utf8')) as {
    sources: SeedSources;
  }
).sources;

// expected.json names citation kinds in words; the contract uses CitationKind.
const KIND: Record<string, Citation['kind']> = {
  'news outlet': 'outlet',
  organization: 'organization',
  anonymous: 'anonymous',
  person: 'person',
};

const SEED_URL = 'https://dailycaller.com/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/';

function extracted(): Article {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article/page.html'), 'utf8');
  return extractArticle(parseHtml(html, SEED_URL), { url: SEED_URL });
}

// The same expectations hold for the article as extraction delivers it and for a hand-built copy, so a
// change in extraction shows up here without hiding what the sources stage itself does.
describe.each([
  ['hand-built article', seedArticle],
  ['extracted from page.html', extracted],
])('seed article (%s): sources section of expected.json', (_name, make) => {
  const article = make();
  const sources = analyzeSources(article, { sentences: splitSentences(article.text), entities: [] });
  const bySource = (name: string) => sources.citations.filter((c) => c.source.toLowerCase() === name.toLowerCase());

  it('publisher card: DCNF, a newswire that lets others republish', () => {
    expect(sources.publisher?.name).toBe(expected.publisher.name);
    expect(sources.publisher?.kind).toBe(expected.publisher.kind);
    expect(sources.publisher?.republishedFreely).toBe(expected.publisher.republishedFreely);
    expect(sources.publisher?.from).toContain('database');
  });

  it('keeps each list verdict separately, with list, date and license', () => {
    const ratings = sources.publisher?.ratings ?? [];
    expect(ratings.length).toBeGreaterThanOrEqual(2);
    for (const r of ratings)
      expect(r).toMatchObject({
        list: expect.any(String),
        date: expect.stringMatching(/^\d{4}/),
        rating: expect.any(String),
      });
    expect(new Set(ratings.map((r) => r.list)).size).toBeGreaterThanOrEqual(2);
  });

  it('labels the piece as newswire copy with the licensing footer as evidence', () => {
    const wire = sources.labels.find((l) => l.label === 'newswire');
    expect(wire?.by).toBe('Daily Caller News Foundation');
    expect(wire?.evidence).toContain('All content created by the Daily Caller News Foundation');
  });

  it('author with role', () => {
    expect(sources.authors).toContainEqual(expect.objectContaining(expected.author));
  });

  it("keeps the author's contact lines as context beside the byline, not in the body", () => {
    const author = sources.authors.find((a) => a.name === expected.author.name);
    expect(author?.context).toEqual(
      expect.arrayContaining([expect.stringContaining('Follow Saagar Enjeti'), expect.stringContaining('Send tips')]),
    );
  });

  it('every expected citation holds', () => {
    for (const want of expected.citations) {
      const found = bySource(want.source);
      expect(found.length, want.source).toBeGreaterThan(0);
      for (const c of found) expect(c.kind, want.source).toBe(KIND[want.kind]);
      if (want.via) expect(found.some((c) => c.via === want.via)).toBe(true);
      if (want.verb) expect(found.some((c) => c.verb === want.verb)).toBe(true);
      if (want.quote) expect(found.some((c) => c.quote === want.quote && c.direct)).toBe(true);
      if (want.description) expect(found[0]?.description).toBe(want.description);
      if (want.quotes) expect(found.filter((c) => c.direct)).toHaveLength(want.quotes);
      if (want.linked) expect(found.every((c) => c.href?.includes('nytimes.com'))).toBe(true);
    }
  });

  it('the anonymous official speculated: a weak verb', () => {
    const official = bySource('a Pakistani government official')[0];
    expect(official?.verbStrength).toBe('weak');
    expect(official?.direct).toBe(true);
  });

  it('the Soufan Group quotes include "highlights" and "the security firm closed", linked to its site', () => {
    const soufan = bySource('The Soufan Group');
    expect(soufan.map((c) => c.verb)).toEqual(['noted', 'highlights', 'closed']);
    expect(soufan.every((c) => c.href?.includes('soufangroup.com'))).toBe(true);
    for (const c of soufan) expect(article.text.slice(c.start, c.end)).toContain(c.quote);
  });

  it('two unattributed "reportedly" claims', () => {
    const claims = sources.unattributed.filter((u) => u.marker === expected.unattributedClaims.marker);
    expect(claims).toHaveLength(expected.unattributedClaims.count);
    for (const u of claims) expect(article.text.slice(u.start, u.end)).toBe(u.text);
  });

  it('"The Islamic State claimed responsibility" is a claim attributed to the Islamic State', () => {
    const claim = sources.citations.find((c) =>
      c.source.toLowerCase().includes(expected.claimOfResponsibility.toLowerCase()),
    );
    expect(claim?.verb).toBe('claimed');
    expect(claim?.verbStrength).toBe('strong');
    expect(claim?.quote).toMatch(/^responsibility for a Monday attack/);
  });

  it('outbound links: nytimes.com a news outlet, soufangroup.com an organization', () => {
    const kindOf = (domain: string) => sources.links.find((l) => l.domain === domain)?.kind;
    for (const d of expected.outboundLinks.newsOutlets) expect(kindOf(d)).toBe('news-outlet');
    for (const d of expected.outboundLinks.organizations) expect(kindOf(d)).toBe('organization');
    expect(sources.links.find((l) => l.domain === 'nytimes.com')?.name).toBe('The New York Times');
  });

  it('a glance line that counts sources, claims and the label', () => {
    expect(sources.glance).toMatch(/^Cites \d+ sources: /);
    expect(sources.glance).toMatch(/\d organizations? \(3 quotes\)/);
    expect(sources.glance).toContain('1 news outlet');
    expect(sources.glance).toContain('1 anonymous source (1 quote)');
    expect(sources.glance).toContain('2 claims without attribution');
    expect(sources.glance).toContain('Newswire piece');
  });

  it('citation offsets point into article.text', () => {
    const text = article.text;
    for (const c of sources.citations) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.end).toBeGreaterThan(c.start);
    }
  });
});
