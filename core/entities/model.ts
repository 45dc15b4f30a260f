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
import { type Decoder, type LinearWeights, type PackedRows, popcount } from './tagger';

export interface NerModel {
  weights: LinearWeights;
  /** Second pass over the document with features of the first pass's labels (see documentFeatures). */
  second?: LinearWeights;
  gazetteer: Gazetteer;
  decoder: Decoder;
}

/**
 * The rows of the sparse byte encoding (see NerAsset.weights), in the order stored: each bucket, given as a
 * gap from the one before in 7-bit groups, and where its NUM_LABELS weight bytes start in `bytes`.
 */
function forEachStoredRow(bytes: Uint8Array, row: (bucket: number, start: number) => void): void {
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
    row(bucket, pos);
    pos += NUM_LABELS;
  }
}

/** The weight bytes read as signed: the label weights are copied row by row, not byte by byte. */
const signedView = (bytes: Uint8Array): Int8Array => new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Dense int8 weights from the sparse byte encoding: training's layout, against which tests check the packed rows. */
export function decodeWeights(bytes: Uint8Array, bits: number): Int8Array {
  const weights = new Int8Array((1 << bits) * NUM_LABELS);
  const signed = signedView(bytes);
  forEachStoredRow(bytes, (bucket, start) =>
    weights.set(signed.subarray(start, start + NUM_LABELS), bucket * NUM_LABELS),
  );
  return weights;
}

/**
 * Packed rows (see PackedRows) straight from the sparse byte encoding: the encoding lists the rows it
 * stores by bucket, in order, so no dense table is made on the way (it was 7 MB per pass to allocate and
 * fill at every load).
 */
export function decodePackedRows(bytes: Uint8Array, bits: number): PackedRows {
  const present = new Uint32Array(Math.ceil((1 << bits) / 32));
  const before = new Uint32Array(present.length);
  // Where each stored bucket's row starts in `bytes`; a bucket written twice keeps its last row, as a dense
  // table would.
  const buckets: number[] = [];
  const starts: number[] = [];
  forEachStoredRow(bytes, (bucket, start) => {
    if (buckets[buckets.length - 1] === bucket) starts[starts.length - 1] = start;
    else {
      buckets.push(bucket);
      starts.push(start);
      present[bucket >>> 5] = (present[bucket >>> 5] as number) | (1 << (bucket & 31));
    }
  });
  let stored = 0;
  for (let j = 0; j < present.length; j++) {
    before[j] = stored;
    stored += popcount(present[j] as number);
  }
  const signed = signedView(bytes);
  const rows = new Int8Array(buckets.length * NUM_LABELS);
  for (let r = 0; r < buckets.length; r++) {
    const from = starts[r] as number;
    rows.set(signed.subarray(from, from + NUM_LABELS), r * NUM_LABELS);
  }
  return { present, before, rows };
}

export function modelFromAsset(asset: NerAsset): NerModel {
  return {
    weights: { bits: asset.bits, packed: decodePackedRows(asset.weights, asset.bits) },
    ...(asset.second ? { second: { bits: asset.bits, packed: decodePackedRows(asset.second, asset.bits) } } : {}),
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
