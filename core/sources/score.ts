import type { Citation, UnattributedClaim } from '../types';
import { nameKey } from './publisher-db';

/** Scoring of citations and unattributed claims against hand or silver annotations (eval script and tests). */
export interface GoldCitation {
  speaker: string | string[] | null;
  /** Offsets of the quoted or reported words in the text. */
  start: number;
  end: number;
  direct?: boolean;
}

export interface GoldClaim {
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CitationScore {
  /** Span matched, speaker ignored. */
  span: Counts;
  /** Span and speaker matched (gold without a speaker counts on span alone). */
  full: Counts;
  /** Of the matched pairs whose gold has a speaker: how many speakers matched. */
  speakerMatched: number;
  speakerTotal: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Where a citation's quote sits in the text (searching from its own start), as [start, end). */
export function quoteSpan(text: string, c: Citation): [number, number] {
  const at = text.indexOf(c.quote, c.start);
  return at >= 0 && at < c.end ? [at, at + c.quote.length] : [c.start, c.end];
}

/** Loose speaker match: same name key, one contains the other, or same last word of a name. */
export function speakerMatches(predicted: string, gold: string | string[]): boolean {
  const p = nameKey(predicted);
  return (Array.isArray(gold) ? gold : [gold]).some((g) => {
    const k = nameKey(g);
    if (!k || !p) return false;
    if (k === p || ` ${p} `.includes(` ${k} `) || ` ${k} `.includes(` ${p} `)) return true;
    const pl = p.split(' ').pop();
    const kl = k.split(' ').pop();
    return (
      !!pl &&
      pl === kl &&
      /^\p{Lu}/u.test(g.split(' ').pop() ?? '') &&
      /^\p{Lu}/u.test(predicted.split(' ').pop() ?? '')
    );
  });
}

/** One-to-one greedy matching: a prediction matches a gold span when they share at least half the shorter one. */
export function scoreCitations(text: string, predicted: Citation[], gold: GoldCitation[]): CitationScore {
  const spans = predicted.map((c) => quoteSpan(text, c));
  const used = new Set<number>();
  const usedFull = new Set<number>();
  const score: CitationScore = {
    span: { tp: 0, fp: 0, fn: 0 },
    full: { tp: 0, fp: 0, fn: 0 },
    speakerMatched: 0,
    speakerTotal: 0,
  };
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    let bestFull = -1;
    spans.forEach(([s, e], i) => {
      const o = overlap(s, e, g.start, g.end);
      const enough = o > 0 && o >= 0.5 * Math.min(e - s, g.end - g.start);
      if (!enough) return;
      const c = predicted[i] as Citation;
      if (!used.has(i) && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
      if (!usedFull.has(i) && bestFull < 0 && (g.speaker === null || speakerMatches(c.source, g.speaker))) bestFull = i;
    });
    if (best >= 0) {
      used.add(best);
      score.span.tp++;
      if (g.speaker !== null) {
        score.speakerTotal++;
        if (speakerMatches((predicted[best] as Citation).source, g.speaker)) score.speakerMatched++;
      }
    } else score.span.fn++;
    if (bestFull >= 0) {
      usedFull.add(bestFull);
      score.full.tp++;
    } else score.full.fn++;
  }
  score.span.fp = predicted.length - used.size;
  score.full.fp = predicted.length - usedFull.size;
  return score;
}

export function scoreClaims(predicted: UnattributedClaim[], gold: GoldClaim[]): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && overlap(p.start, p.end, g.start, g.end) > 0);
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: predicted.length - used.size, fn: gold.length - tp };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

/** The citations to score: an outlet cited only as the channel of another citation is the same statement. */
export function citationsForScoring(citations: Citation[]): Citation[] {
  return citations.filter(
    (c) =>
      !(
        c.kind === 'outlet' &&
        !c.verb &&
        citations.some((o) => o !== c && o.via && o.start === c.start && o.end === c.end)
      ),
  );
}
