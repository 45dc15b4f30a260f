/**
 * The extraction metric public news-extraction benchmarks use: word tokens (Unicode letters, digits,
 * underscore), multisets of 4-token shingles, per-page precision and recall, averaged over pages, and
 * F1 of the two averages.
 */

export const SHINGLE_SIZE = 4;

export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of shingles; a text shorter than the shingle size counts as one shingle of all its tokens. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - size);
  for (let i = 0; i <= last; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(extracted: string, truth: string): PageScore {
  const got = shingles(extracted);
  const want = shingles(truth);
  let tp = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const count of got.values()) gotTotal += count;
  for (const [key, count] of want) {
    wantTotal += count;
    tp += Math.min(count, got.get(key) ?? 0);
  }
  const fp = gotTotal - tp;
  const fn = wantTotal - tp;
  // Empty against empty is a perfect page; empty against something scores zero on the missing side.
  const precision = gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : tp / gotTotal;
  const recall = wantTotal === 0 ? (gotTotal === 0 ? 1 : 0) : tp / wantTotal;
  return { precision, recall, tp, fp, fn };
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function scoreSet(pages: PageScore[]): SetScore {
  const n = pages.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  const precision = pages.reduce((sum, p) => sum + p.precision, 0) / n;
  const recall = pages.reduce((sum, p) => sum + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: n };
}
