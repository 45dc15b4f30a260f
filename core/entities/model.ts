/**
 * The trained model asset (assets/ner/model.json, written by `npm run train:ner`) and its lazy loading.
 * `#ner-asset` reads the file in Node and fetches the packaged copy in the extension (package.json
 * "imports"): no bundle embeds the weights, and they load the first time entities are asked for.
 *
 * Weights are int8, stored sparsely: for each non-zero hash bucket, a varint gap from the previous bucket
 * then one signed byte per label; the whole byte string is base64.
 */
import { loadNerAsset } from '#ner-asset';
import { NUM_LABELS } from './features';
import { Gazetteer, type GazetteerData } from './gazetteer';
import type { Decoder, LinearWeights } from './tagger';

export const ASSET_FORMAT = 'lede-ner/1';

export interface NerAsset {
  format: string;
  bits: number;
  labels: string[];
  decoder: Decoder;
  /** Multiply int8 weights by this to get the trained weights (not needed for argmax decoding). */
  scale: number;
  weights: string;
  /** Weights of the second (document-level) pass, same encoding; absent in one-pass models. */
  second?: string;
  gazetteer: GazetteerData;
  meta: Record<string, unknown>;
}

export interface NerModel {
  weights: LinearWeights;
  /** Second pass over the document with features of the first pass's labels (see documentFeatures). */
  second?: LinearWeights;
  gazetteer: Gazetteer;
  decoder: Decoder;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function base64ToBytes(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const v = B64_INDEX[s.charCodeAt(i) & 127] as number;
    if (v < 0) throw new Error('Bad base64 in the entity model asset');
    buf = ((buf << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out;
}

/** Dense int8 weights from the sparse byte encoding. */
export function decodeWeights(bytes: Uint8Array, bits: number): Int8Array {
  const weights = new Int8Array((1 << bits) * NUM_LABELS);
  let pos = 0;
  let bucket = -1;
  while (pos < bytes.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++] as number;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    bucket += gap;
    const base = bucket * NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) {
      const v = bytes[pos++] as number;
      weights[base + c] = v > 127 ? v - 256 : v;
    }
  }
  return weights;
}

export function modelFromAsset(asset: NerAsset): NerModel {
  if (asset.format !== ASSET_FORMAT) throw new Error(`Unknown entity model format ${asset.format}`);
  return {
    weights: { bits: asset.bits, weights: decodeWeights(base64ToBytes(asset.weights), asset.bits) },
    ...(asset.second
      ? { second: { bits: asset.bits, weights: decodeWeights(base64ToBytes(asset.second), asset.bits) } }
      : {}),
    gazetteer: new Gazetteer(asset.gazetteer),
    decoder: asset.decoder,
  };
}

let loading: Promise<NerModel> | null = null;

/** The bundled model, loaded once on first use. */
export function loadModel(): Promise<NerModel> {
  loading ??= loadNerAsset()
    .then(modelFromAsset)
    .catch((err: unknown) => {
      // Let a later call try again (a chunk that failed to load over a flaky connection, say).
      loading = null;
      throw err;
    });
  return loading;
}
