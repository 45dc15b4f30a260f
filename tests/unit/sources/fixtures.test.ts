import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../core/sources/index';
import {
  addCounts,
  type Counts,
  citationsForScoring,
  type GoldCitation,
  precision,
  recall,
  scoreCitations,
  scoreClaims,
} from '../../../core/sources/score';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';

interface Expected {
  style: string;
  citations: { speaker: string | string[]; quote: string; direct: boolean }[];
  unattributed: { marker: string; text: string }[];
}

const ROOT = join(import.meta.dirname, '../../fixtures/quotes');
const slugs = readdirSync(ROOT)
  .filter((d) => statSync(join(ROOT, d)).isDirectory())
  .sort();

function load(slug: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(join(ROOT, slug, 'article.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected,
  };
}

describe('hand-annotated quote fixtures', () => {
  it('has at least 20 fixtures in at least 10 styles, each complete and consistent', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(20);
    const styles = new Set<string>();
    for (const slug of slugs) {
      expect(existsSync(join(ROOT, slug, 'article.txt')), slug).toBe(true);
      expect(existsSync(join(ROOT, slug, 'expected.json')), slug).toBe(true);
      const { text, expected } = load(slug);
      styles.add(expected.style);
      expect(expected.citations.length, slug).toBeGreaterThan(0);
      for (const c of expected.citations) expect(text, `${slug}: ${c.quote}`).toContain(c.quote);
      for (const u of expected.unattributed) expect(text, `${slug}: ${u.text}`).toContain(u.text);
    }
    expect(styles.size).toBeGreaterThanOrEqual(10);
  });

  it('finds citations and unattributed claims above the precision/recall floor', () => {
    let span: Counts = { tp: 0, fp: 0, fn: 0 };
    let full: Counts = { tp: 0, fp: 0, fn: 0 };
    let claims: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const slug of slugs) {
      const { text, expected } = load(slug);
      const sources = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities: [] });
      const gold: GoldCitation[] = expected.citations.map((c) => {
        const start = text.indexOf(c.quote);
        return { speaker: c.speaker, start, end: start + c.quote.length, direct: c.direct };
      });
      const s = scoreCitations(text, citationsForScoring(sources.citations), gold);
      span = addCounts(span, s.span);
      full = addCounts(full, s.full);
      const goldClaims = expected.unattributed.map((u) => {
        const start = text.indexOf(u.text);
        return { start, end: start + u.text.length };
      });
      claims = addCounts(claims, scoreClaims(sources.unattributed, goldClaims));
    }
    // Floors sit under the figures `npm run eval:quotes -- --data tests/fixtures/quotes` measures.
    expect(precision(span)).toBeGreaterThanOrEqual(0.9);
    expect(recall(span)).toBeGreaterThanOrEqual(0.85);
    expect(precision(full)).toBeGreaterThanOrEqual(0.85);
    expect(recall(full)).toBeGreaterThanOrEqual(0.8);
    expect(precision(claims)).toBeGreaterThanOrEqual(0.9);
    expect(recall(claims)).toBeGreaterThanOrEqual(0.85);
  });
});
