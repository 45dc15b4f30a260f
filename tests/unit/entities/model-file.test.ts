import { describe, expect, it } from 'vitest';
import { decodeWeights, modelFromAsset } from '../../../core/entities/model';
import { ASSET_FORMAT, decodeModelFile, encodeModelFile, type NerAsset } from '../../../core/entities/model-file';
import { bundledModelFile, readNerAssetFile } from '../../../core/entities/ner-asset-from-file';

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
    expect(Array.prototype.some.call(model.weights.weights, (w: number) => w !== 0)).toBe(true);
  });
});
