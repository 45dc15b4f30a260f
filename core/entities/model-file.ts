/**
 * The entity model's file: one binary container, gzip-compressed on disk and in the extension.
 *
 * Why binary: the extension reads this file each time its background starts, and Chromium reads a
 * packaged file at about 60 ms per megabyte. The earlier JSON file held the weights as base64 text
 * (2.6 MB); this one holds raw bytes and compresses to about a third of that.
 *
 * Layout (before gzip): the 8 ASCII bytes `LEDENER2`; a little-endian uint32, the length of a UTF-8
 * JSON header; the header; then the sections the header lists, in its order, back to back.
 */
import type { GazetteerData } from './gazetteer';
import type { Decoder } from './tagger';

export const ASSET_FORMAT = 'lede-ner/2';
const MAGIC = 'LEDENER2';

export interface NerAsset {
  format: string;
  bits: number;
  labels: string[];
  decoder: Decoder;
  /** Multiply int8 weights by this to get the trained weights (not needed for argmax decoding). */
  scale: number;
  /** Weights, sparse: per non-zero hash bucket, a varint gap from the previous one, then one signed byte per label. */
  weights: Uint8Array;
  /** Weights of the second (document-level) pass, same encoding; absent in one-pass models. */
  second?: Uint8Array;
  gazetteer: GazetteerData;
  meta: Record<string, unknown>;
}

interface Header {
  format: string;
  bits: number;
  labels: string[];
  decoder: Decoder;
  scale: number;
  meta: Record<string, unknown>;
  /** Section names and byte lengths, in file order. */
  sections: [SectionName, number][];
}

type SectionName = 'weights' | 'second' | keyof GazetteerData;
const GAZETTEER_SECTIONS = ['first', 'country', 'city', 'region'] as const satisfies readonly (keyof GazetteerData)[];

/** The container's bytes (the caller compresses them). */
export function encodeModelFile(asset: NerAsset): Uint8Array {
  const utf8 = new TextEncoder();
  const sections: [SectionName, Uint8Array][] = [
    ['weights', asset.weights],
    ...(asset.second ? [['second', asset.second] as [SectionName, Uint8Array]] : []),
    ...GAZETTEER_SECTIONS.map((name): [SectionName, Uint8Array] => [name, utf8.encode(asset.gazetteer[name])]),
  ];
  const header: Header = {
    format: asset.format,
    bits: asset.bits,
    labels: asset.labels,
    decoder: asset.decoder,
    scale: asset.scale,
    meta: asset.meta,
    sections: sections.map(([name, bytes]) => [name, bytes.length]),
  };
  const head = utf8.encode(JSON.stringify(header));
  const out = new Uint8Array(MAGIC.length + 4 + head.length + sections.reduce((n, [, b]) => n + b.length, 0));
  out.set(utf8.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, head.length, true);
  let at = MAGIC.length + 4;
  out.set(head, at);
  at += head.length;
  for (const [, bytes] of sections) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/** The asset in a container's bytes (already decompressed); throws on anything else. */
export function decodeModelFile(bytes: Uint8Array): NerAsset {
  const utf8 = new TextDecoder();
  const fail = (why: string): never => {
    throw new Error(`The entity model file is not usable: ${why}`);
  };
  if (bytes.length < MAGIC.length + 4 || utf8.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
    fail('it does not start as a Lede model does');
  }
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  if (at + headLength > bytes.length) fail('it is cut short');
  const header = JSON.parse(utf8.decode(bytes.subarray(at, at + headLength))) as Header;
  at += headLength;
  if (header.format !== ASSET_FORMAT) fail(`unknown format ${header.format}`);
  const section = new Map<SectionName, Uint8Array>();
  for (const [name, length] of header.sections) {
    if (at + length > bytes.length) fail('it is cut short');
    section.set(name, bytes.subarray(at, at + length));
    at += length;
  }
  const weights = section.get('weights') ?? fail('it has no weights');
  const second = section.get('second');
  const text = (name: keyof GazetteerData) => utf8.decode(section.get(name) ?? fail(`it has no ${name} list`));
  return {
    format: header.format,
    bits: header.bits,
    labels: header.labels,
    decoder: header.decoder,
    scale: header.scale,
    weights,
    ...(second && { second }),
    gazetteer: { first: text('first'), country: text('country'), city: text('city'), region: text('region') },
    meta: header.meta,
  };
}
