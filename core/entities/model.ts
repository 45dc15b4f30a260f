/**
 * The trained model (assets/ner/model.bin.gz, written by `npm run train:ner`; see model-file.ts for its
 * layout) and its lazy loading. `#ner-asset` reads the file in Node and fetches the packaged copy in
 * the extension (package.json "imports"): no bundle embeds the weights, and they load the first time
 * entities are asked for.
 */
import { loadNerAsset } from '#ner-asset';
import { NUM_LABELS } from './features';
import { Gazetteer } from './gazetteer';
import type { NerAsset } from './model-file';
import type { Decoder, LinearWeights } from './tagger';

export interface NerModel {
  weights: LinearWeights;
  /** Second pass over the document with features of the first pass's labels (see documentFeatures). */
  second?: LinearWeights;
  gazetteer: Gazetteer;
  decoder: Decoder;
}

/** Dense int8 weights from the sparse byte encoding (see NerAsset.weights). */
export function decodeWeights(bytes: Uint8Array, bits: number): Int8Array {
  const weights = new Int8Array((1 << bits) * NUM_LABELS);
  // The same bytes read as signed: the label weights are copied row by row, not byte by byte.
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let bucket = -1;
  while (pos < bytes.length) {
    let b = bytes[pos++] as number;
    let gap = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = bytes[pos++] as number;
      gap += (b & 0x7f) * 2 ** shift;
    }
    bucket += gap;
    weights.set(signed.subarray(pos, pos + NUM_LABELS), bucket * NUM_LABELS);
    pos += NUM_LABELS;
  }
  return weights;
}

export function modelFromAsset(asset: NerAsset): NerModel {
  return {
    weights: { bits: asset.bits, weights: decodeWeights(asset.weights, asset.bits) },
    ...(asset.second ? { second: { bits: asset.bits, weights: decodeWeights(asset.second, asset.bits) } } : {}),
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
