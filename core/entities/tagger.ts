/**
 * The BIO tagger: a linear model over hashed features (trained as an averaged perceptron by
 * scripts/train-ner.ts), decoded left to right with first-order tag-history features. Decoding can be
 * greedy or Viterbi; both forbid an I-X tag that does not continue an X.
 */
import { ANCHORS, LABELS, mixLabel, NUM_LABELS, type SentenceFeatures } from './features';

export type Decoder = 'greedy' | 'viterbi';

/** Label index used as the "previous label" of the first token. */
export const START: number = NUM_LABELS;

export interface LinearWeights {
  /** Number of hash buckets is 2^bits; weight of (bucket, label) at bucket * NUM_LABELS + label. */
  bits: number;
  /** Dense weights, one row per bucket: what training updates. */
  weights?: ArrayLike<number>;
  /** A shipped model's weights, only the rows that are not all zero (see PackedRows); used when present. */
  packed?: PackedRows;
}

/**
 * A frozen model's rows without the empty ones. Nine buckets in ten are empty, and a dense table is 7 MB
 * per pass, which every token's thirty-odd features read at random: most reads missed the processor's
 * caches. Packed, a pass is under 1 MB, and a feature of an empty bucket costs a bit test.
 */
export interface PackedRows {
  /** A bit per bucket: whether its row is stored. */
  present: Uint32Array;
  /** Per 32-bit word of `present`, the number of rows stored before it. */
  before: Uint32Array;
  /** The stored rows in bucket order, NUM_LABELS weights each. */
  rows: Int8Array;
}

/** Number of bits set in a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** True when label `cur` may follow label `prev` in BIO. */
export function allowed(prev: number, cur: number): boolean {
  const c = LABELS[cur] as string;
  if (c[0] !== 'I') return true;
  if (prev === START) return false;
  const p = LABELS[prev] as string;
  return p !== 'O' && p.slice(2) === c.slice(2);
}

const ALLOWED: boolean[][] = [];
for (let p = 0; p <= NUM_LABELS; p++) {
  ALLOWED.push(LABELS.map((_, c) => allowed(p, c)));
}

/** Adds the weights of hashes[from, to) (all labels) into `scores`. */
export function addScores(
  model: LinearWeights,
  hashes: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  if (model.packed) {
    addPackedScores(model.packed, model.bits, hashes, from, to, scores);
    return;
  }
  const mask = (1 << model.bits) - 1;
  const w = model.weights as ArrayLike<number>;
  // The seven labels by hand, in locals: the hottest loop of tagging (about twice as fast as the loop).
  let s0 = scores[0] as number;
  let s1 = scores[1] as number;
  let s2 = scores[2] as number;
  let s3 = scores[3] as number;
  let s4 = scores[4] as number;
  let s5 = scores[5] as number;
  let s6 = scores[6] as number;
  for (let k = from; k < to; k++) {
    const base = ((hashes[k] as number) & mask) * 7;
    s0 += w[base] as number;
    s1 += w[base + 1] as number;
    s2 += w[base + 2] as number;
    s3 += w[base + 3] as number;
    s4 += w[base + 4] as number;
    s5 += w[base + 5] as number;
    s6 += w[base + 6] as number;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}

/** addScores over packed rows: the same sums, in the same order, without the empty buckets. */
function addPackedScores(
  packed: PackedRows,
  bits: number,
  hashes: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  const mask = (1 << bits) - 1;
  const { present, before, rows: w } = packed;
  let s0 = scores[0] as number;
  let s1 = scores[1] as number;
  let s2 = scores[2] as number;
  let s3 = scores[3] as number;
  let s4 = scores[4] as number;
  let s5 = scores[5] as number;
  let s6 = scores[6] as number;
  for (let k = from; k < to; k++) {
    const bucket = (hashes[k] as number) & mask;
    const word = present[bucket >>> 5] as number;
    const bit = 1 << (bucket & 31);
    if ((word & bit) === 0) continue;
    const base = ((before[bucket >>> 5] as number) + popcount(word & (bit - 1))) * 7;
    s0 += w[base] as number;
    s1 += w[base + 1] as number;
    s2 += w[base + 2] as number;
    s3 += w[base + 3] as number;
    s4 += w[base + 4] as number;
    s5 += w[base + 5] as number;
    s6 += w[base + 6] as number;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}

// addScores is written out for exactly seven labels.
if (NUM_LABELS !== 7) throw new Error('addScores expects 7 labels');

/** Hashes of the tag-history features of token i given the previous label, into `out` (length ANCHORS). */
export function historyHashes(feats: SentenceFeatures, i: number, prev: number, out: Uint32Array): Uint32Array {
  for (let k = 0; k < ANCHORS; k++) out[k] = mixLabel(feats.anchors[i * ANCHORS + k] as number, prev);
  return out;
}

/** Static scores of token i into `scores` (overwritten). */
export function staticScores(model: LinearWeights, feats: SentenceFeatures, i: number, scores: Float64Array): void {
  scores.fill(0);
  addScores(model, feats.hashes, feats.offsets[i] as number, feats.offsets[i + 1] as number, scores);
}

export function decode(model: LinearWeights, feats: SentenceFeatures, decoder: Decoder): number[] {
  return decoder === 'viterbi' ? viterbiRange(model, feats, 0, feats.n, START) : greedy(model, feats);
}

function greedy(model: LinearWeights, feats: SentenceFeatures): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(NUM_LABELS);
  const hist = new Uint32Array(ANCHORS);
  let prev = START;
  for (let i = 0; i < feats.n; i++) {
    staticScores(model, feats, i, scores);
    addScores(model, historyHashes(feats, i, prev, hist), 0, ANCHORS, scores);
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    const ok = ALLOWED[prev] as boolean[];
    for (let c = 0; c < NUM_LABELS; c++) {
      if (ok[c] && (scores[c] as number) > bestScore) {
        bestScore = scores[c] as number;
        best = c;
      }
    }
    tags.push(best);
    prev = best;
  }
  return tags;
}

const biasCache = new WeakMap<LinearWeights, Float64Array>();

/** Scores of the bias tag-history feature, one row per previous label (START included). */
function biasRows(model: LinearWeights, feats: SentenceFeatures, i: number): Float64Array {
  // Only frozen (int8, shipped) weights are cached; training changes its weights as it goes.
  const frozen = model.packed !== undefined || model.weights instanceof Int8Array;
  let rows = frozen ? biasCache.get(model) : undefined;
  if (!rows) {
    rows = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
    const scores = new Float64Array(NUM_LABELS);
    const hash = new Uint32Array(1);
    for (let p = 0; p <= NUM_LABELS; p++) {
      scores.fill(0);
      hash[0] = mixLabel(feats.anchors[i * ANCHORS] as number, p);
      addScores(model, hash, 0, 1, scores);
      rows.set(scores, p * NUM_LABELS);
    }
    if (frozen) biasCache.set(model, rows);
  }
  return rows;
}

/** Previous labels considered per token in Viterbi (the best few; measured equal to all seven on dev). */
const BEAM = 3;

/**
 * Viterbi over tokens [from, to) of a sentence. `initial` is the label before `from` (START at the sentence
 * start); when `to` is inside the sentence, token `to` is taken to be O and its tag-history score is added,
 * so decoding the pieces between forced-O tokens gives the same result as decoding the whole sentence
 * with those tokens constrained to O.
 */
export function viterbiRange(
  model: LinearWeights,
  feats: SentenceFeatures,
  from: number,
  to: number,
  initial: number,
): number[] {
  const n = to - from;
  if (n <= 0) return [];
  const L = NUM_LABELS;
  const back = new Int8Array(n * L);
  let delta = new Float64Array(L);
  let next = new Float64Array(L);
  const stat = new Float64Array(L);
  const trans = new Float64Array(L);
  const hist = new Uint32Array(ANCHORS);
  const prevs = new Int32Array(L);
  for (let i = 0; i < n; i++) {
    staticScores(model, feats, from + i, stat);
    next.fill(Number.NEGATIVE_INFINITY);
    let count = 0;
    if (i === 0) prevs[count++] = initial;
    else {
      // The BEAM best previous labels, by insertion into a short sorted list.
      for (let p = 0; p < L; p++) {
        const d = delta[p] as number;
        if (d === Number.NEGATIVE_INFINITY) continue;
        let k = Math.min(count, BEAM - 1);
        if (count === BEAM && d <= (delta[prevs[k] as number] as number)) continue;
        while (k > 0 && (delta[prevs[k - 1] as number] as number) < d) {
          prevs[k] = prevs[k - 1] as number;
          k--;
        }
        prevs[k] = p;
        if (count < BEAM) count++;
      }
    }
    // Anchor 0 is the same bias feature for every token: its scores per previous label are cached.
    const bias = biasRows(model, feats, from + i);
    for (let j = 0; j < count; j++) {
      const p = prevs[j] as number;
      const base = i === 0 ? 0 : (delta[p] as number);
      for (let c = 0; c < L; c++) trans[c] = bias[p * L + c] as number;
      addScores(model, historyHashes(feats, from + i, p, hist), 1, ANCHORS, trans);
      const ok = ALLOWED[p] as boolean[];
      for (let c = 0; c < L; c++) {
        if (!ok[c]) continue;
        const s = base + (stat[c] as number) + (trans[c] as number);
        if (s > (next[c] as number)) {
          next[c] = s;
          back[i * L + c] = i === 0 ? -1 : p;
        }
      }
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  if (to < feats.n) {
    // The forced-O token after the range: add its O score given each last label.
    for (let c = 0; c < L; c++) {
      if (delta[c] === Number.NEGATIVE_INFINITY) continue;
      trans.fill(0);
      addScores(model, historyHashes(feats, to, c, hist), 0, ANCHORS, trans);
      delta[c] = (delta[c] as number) + (trans[0] as number);
    }
  }
  let best = 0;
  for (let c = 1; c < L; c++) if ((delta[c] as number) > (delta[best] as number)) best = c;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = back[i * L + best] as number;
  }
  return tags;
}

/** A span [start, end) of a unit's tokens with its type ("PER", "ORG", "LOC"). */
export type TagSpan = { start: number; end: number; type: string };

/** Spans [start, end) of tokens with their type, from BIO tags. */
export function spansFromTags(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  for (let i = 0; i < tags.length; i++) {
    const label = LABELS[tags[i] as number] as string;
    if (label === 'O') {
      cur = null;
      continue;
    }
    const type = label.slice(2);
    if (label[0] === 'B' || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else {
      cur.end = i + 1;
    }
  }
  return spans;
}
