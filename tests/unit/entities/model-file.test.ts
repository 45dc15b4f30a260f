import { describe, expect, it } from 'vitest';
import { decodePackedRows, decodeWeights, modelFromAsset } from '../../../core/entities/model';
import { ASSET_FORMAT, decodeModelFile, encodeModelFile, type NerAsset } from '../../../core/entities/model-file';
import { bundledModelFile, readNerAssetFile } from '../../../core/entities/ner-asset-from-file';
import { addScores } from '../../../core/entities/tagger';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

/** Bucket 0 and bucket 200 (a two-byte gap) carry weights; everything else is zero. */
const SPARSE = Uint8Array.from([1, 1, 2, 3, 4, 5, 6, 0xff, 0xc8, 0x01, 0x80, 0x7f, 0, 0, 0, 0, 9]);

const tiny: NerAsset = {
  format: ASSET_FORMAT,
  bits: 8,
  labels: LABELS,
  decoder: 'viterbi',
  scale: 0.25,
  weights: SPARSE,
  gazetteer: { first: 'zoë\nanna', country: 'côte d’ivoire', city: 'são paulo\nkyiv', region: 'europe' },
  meta: { seed: 13 },
};

describe('entity model file', () => {
  it('reads back what was written, names with accents included', () => {
    const back = decodeModelFile(encodeModelFile(tiny));
    expect(back).toEqual({ ...tiny, weights: SPARSE });
    expect(back.second).toBeUndefined();
    const twoPass = decodeModelFile(encodeModelFile({ ...tiny, second: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 5]) }));
    expect([...(twoPass.second ?? [])]).toEqual([0, 0, 0, 0, 0, 0, 0, 5]);
  });

  it('spreads sparse weights over their buckets, negative ones included', () => {
    const dense = decodeWeights(SPARSE, 8);
    expect([...dense.subarray(0, 7)]).toEqual([1, 2, 3, 4, 5, 6, -1]);
    expect([...dense.subarray(200 * 7, 201 * 7)]).toEqual([-128, 127, 0, 0, 0, 0, 9]);
    expect(dense.filter((w) => w !== 0).length).toBe(10);
  });

  it('refuses a file that is not a model, or is cut short, with a message that says so', () => {
    expect(() => decodeModelFile(new TextEncoder().encode('{"format":"lede-ner/1"}'))).toThrow(/not usable/);
    const whole = encodeModelFile(tiny);
    expect(() => decodeModelFile(whole.subarray(0, whole.length - 3))).toThrow(/cut short/);
  });

  it('is the file the recognizer ships, and it loads into a working model', async () => {
    const asset = await readNerAssetFile(bundledModelFile());
    expect(asset.format).toBe(ASSET_FORMAT);
    expect(asset.labels).toEqual(LABELS);
    const model = modelFromAsset(asset);
    expect(model.second).toBeDefined();
    expect(model.gazetteer.isCountry('south korea')).toBe(true);
    expect(model.weights.packed?.rows.some((w) => w !== 0)).toBe(true);
  });

  it('scores every feature the same from packed rows as from the dense table', async () => {
    const asset = await readNerAssetFile(bundledModelFile());
    const dense = { bits: asset.bits, weights: decodeWeights(asset.weights, asset.bits) };
    const packed = { bits: asset.bits, packed: decodePackedRows(asset.weights, asset.bits) };
    // About one bucket in ten holds a row: packed, the pass is a fraction of the dense table.
    expect(packed.packed.rows.length).toBeLessThan(dense.weights.length / 4);
    // Every stored bucket, and as many random ones (mostly empty), one feature at a time and all together.
    const hashes: number[] = [];
    for (let b = 0; b < 1 << asset.bits; b++) {
      for (let c = 0; c < 7; c++) {
        if (dense.weights[b * 7 + c] === 0) continue;
        hashes.push(b);
        break;
      }
    }
    let seed = 7;
    for (let k = 0, n = hashes.length; k < n; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      hashes.push(seed);
    }
    const mismatches: number[] = [];
    for (const hash of hashes) {
      const a = new Float64Array(7);
      const b = new Float64Array(7);
      addScores(dense, [hash], 0, 1, a);
      addScores(packed, [hash], 0, 1, b);
      if (a.some((v, c) => v !== b[c])) mismatches.push(hash);
    }
    expect(mismatches).toEqual([]);
    const all = [new Float64Array(7), new Float64Array(7)];
    addScores(dense, hashes, 0, hashes.length, all[0] as Float64Array);
    addScores(packed, hashes, 0, hashes.length, all[1] as Float64Array);
    expect([...(all[1] as Float64Array)]).toEqual([...(all[0] as Float64Array)]);
  });

  it('packs the rows of the sparse encoding in bucket order, a bucket written twice keeping its last row', () => {
    const twice = Uint8Array.from([...SPARSE, 0, 1, 1, 1, 1, 1, 1, 1]);
    const { present, before, rows } = decodePackedRows(twice, 8);
    expect([...present.subarray(0, 8)]).toEqual([1, 0, 0, 0, 0, 0, 1 << 8, 0]);
    expect([...before.subarray(0, 8)]).toEqual([0, 1, 1, 1, 1, 1, 1, 2]);
    expect([...rows]).toEqual([1, 2, 3, 4, 5, 6, -1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
