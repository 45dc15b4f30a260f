/**
 * Adds the given names of many languages (scripts/ner/gazetteers.ts, withGivenNames) to the first names
 * of a trained entity model, without training it again: `npm run train:ner` writes them itself; this
 * brings an asset written before that up to date. Idempotent.
 *
 *   npm run ner:given-names -- [--model assets/ner/model.bin.gz]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeModelFile, encodeModelFile } from '../../core/entities/model-file';
import { args } from './cli-args';
import { GIVEN_NAMES_SOURCE, withGivenNames } from './gazetteers';

const file = args().get('model') ?? join(import.meta.dirname, '../../assets/ner/model.bin.gz');
const asset = decodeModelFile(gunzipSync(readFileSync(file)));
const before = asset.gazetteer.first.split('\n').length;
const gazetteer = withGivenNames(asset.gazetteer);
const meta = { ...asset.meta, givenNames: GIVEN_NAMES_SOURCE };
writeFileSync(file, gzipSync(encodeModelFile({ ...asset, gazetteer, meta }), { level: 9 }));
console.log(`${file}: ${before} first names -> ${gazetteer.first.split('\n').length}`);
