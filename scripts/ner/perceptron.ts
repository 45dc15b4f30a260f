/**
 * Averaged perceptron over hashed features, trained greedily (token by token, with the model's own
 * previous tag as history) or as a structured perceptron with Viterbi decoding.
 */
import { ANCHORS, NUM_LABELS, type SentenceFeatures } from '../../core/entities/features';
import { addScores, type Decoder, decode, historyHashes, START, staticScores } from '../../core/entities/tagger';

export interface Example {
  feats: SentenceFeatures;
  gold: number[];
}

export class AveragedPerceptron {
  readonly bits: number;
  readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly mask: number;
  private step = 1;

  constructor(bits: number) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = new Float64Array((1 << bits) * NUM_LABELS);
    this.totals = new Float64Array((1 << bits) * NUM_LABELS);
  }

  private update(hashes: ArrayLike<number>, label: number, delta: number, from = 0, to = hashes.length): void {
    for (let k = from; k < to; k++) {
      const idx = ((hashes[k] as number) & this.mask) * NUM_LABELS + label;
      this.weights[idx] = (this.weights[idx] as number) + delta;
      this.totals[idx] = (this.totals[idx] as number) + this.step * delta;
    }
  }

  /** One pass over the examples, in the given order; returns the number of token errors. */
  epoch(examples: readonly Example[], decoder: Decoder): number {
    let errors = 0;
    const hist = new Uint32Array(ANCHORS);
    const hist2 = new Uint32Array(ANCHORS);
    const scores = new Float64Array(NUM_LABELS);
    const model = { bits: this.bits, weights: this.weights };
    for (const ex of examples) {
      const f = ex.feats;
      const n = ex.gold.length;
      if (decoder === 'greedy') {
        let prev = START;
        for (let i = 0; i < n; i++) {
          const from = f.offsets[i] as number;
          const to = f.offsets[i + 1] as number;
          const h = historyHashes(f, i, prev, hist);
          staticScores(model, f, i, scores);
          addScores(model, h, 0, ANCHORS, scores);
          let pred = 0;
          for (let c = 1; c < NUM_LABELS; c++) if ((scores[c] as number) > (scores[pred] as number)) pred = c;
          const gold = ex.gold[i] as number;
          if (pred !== gold) {
            errors++;
            this.update(f.hashes, gold, 1, from, to);
            this.update(f.hashes, pred, -1, from, to);
            this.update(h, gold, 1);
            this.update(h, pred, -1);
          }
          prev = pred;
          this.step++;
        }
      } else {
        const pred = decode(model, f, 'viterbi');
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i] as number;
          const p = pred[i] as number;
          const gp = i === 0 ? START : (ex.gold[i - 1] as number);
          const pp = i === 0 ? START : (pred[i - 1] as number);
          if (g !== p) errors++;
          if (g === p && gp === pp) continue;
          if (g !== p) {
            const from = f.offsets[i] as number;
            const to = f.offsets[i + 1] as number;
            this.update(f.hashes, g, 1, from, to);
            this.update(f.hashes, p, -1, from, to);
          }
          this.update(historyHashes(f, i, gp, hist), g, 1);
          this.update(historyHashes(f, i, pp, hist2), p, -1);
        }
        this.step += n;
      }
    }
    return errors;
  }

  averaged(): Float64Array {
    const out = new Float64Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.weights[i] as number) - (this.totals[i] as number) / this.step;
    return out;
  }
}

/** Seeded PRNG (mulberry32), so training is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** int8 weights: scale chosen so the largest weights (beyond a high quantile) clip at ±127. */
export function quantize(weights: Float64Array, quantile = 0.9999): { q: Int8Array; scale: number } {
  const mags: number[] = [];
  for (const w of weights) if (w !== 0) mags.push(Math.abs(w));
  mags.sort((a, b) => a - b);
  const top = mags.length ? (mags[Math.min(mags.length - 1, Math.floor(mags.length * quantile))] as number) : 1;
  const scale = top / 127 || 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    q[i] = Math.max(-127, Math.min(127, Math.round((weights[i] as number) / scale)));
  }
  return { q, scale };
}

/** Sparse byte encoding read by core/entities/model.ts: varint bucket gap, then one byte per label. */
export function encodeWeights(q: Int8Array): Uint8Array {
  const out: number[] = [];
  const buckets = q.length / NUM_LABELS;
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    let nonzero = false;
    for (let c = 0; c < NUM_LABELS; c++) if (q[b * NUM_LABELS + c] !== 0) nonzero = true;
    if (!nonzero) continue;
    let gap = b - last;
    last = b;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 128);
    }
    out.push(gap);
    for (let c = 0; c < NUM_LABELS; c++) out.push((q[b * NUM_LABELS + c] as number) & 0xff);
  }
  return Uint8Array.from(out);
}
