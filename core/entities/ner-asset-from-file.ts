import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeModelFile, type NerAsset } from './model-file';

/**
 * The model file `npm run train:ner` writes, relative to this module. A function, not a constant:
 * WXT imports the background's modules in Node to read its entrypoint options, where this module's
 * `import.meta.url` is not set.
 */
export const bundledModelFile = (): URL => new URL('../../assets/ner/model.bin.gz', import.meta.url);

/** The asset in a compressed model file (the bundled one, or another given to `eval:ner --model`). */
export async function readNerAssetFile(file: string | URL): Promise<NerAsset> {
  return decodeModelFile(gunzipSync(await readFile(file)));
}

/**
 * Where Node (the CLI, tests, evaluations) gets the entity model: the file in assets/ner/.
 * The extension resolves `#ner-asset` to utils/ner-asset-from-extension.ts instead (package.json
 * "imports", "browser" condition), which fetches the one copy shipped in the package.
 */
export function loadNerAsset(): Promise<NerAsset> {
  return readNerAssetFile(bundledModelFile());
}
