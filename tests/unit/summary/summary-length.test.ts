import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../core/analyze';
import { parseHtml } from '../../../core/parse-html';
import { withSummaryLength } from '../../../core/summary/with-length';

const SEED = join(import.meta.dirname, '../../fixtures/seed-article/page.html');

describe('changing the summary length in an open popup', () => {
  it('gives the summary a fresh analysis of that length would give, keeping everything else', async () => {
    const html = readFileSync(SEED, 'utf8');
    const medium = await analyzeDocument(parseHtml(html), { sentences: 3 });
    for (const count of [2, 5]) {
      const fresh = await analyzeDocument(parseHtml(html), { sentences: count });
      const changed = withSummaryLength(medium, count);
      expect(changed.summary.sentences.map((s) => s.text)).toEqual(fresh.summary.sentences.map((s) => s.text));
      expect(changed.summary.sentences).toHaveLength(Math.min(count, fresh.summary.sentences.length));
      expect(changed.entities).toBe(medium.entities);
      expect(changed.sources).toBe(medium.sources);
    }
  });
});
