import { readFile } from 'node:fs/promises';
import type { NerAsset } from './model';

/**
 * Where Node (the CLI, tests, evaluations) gets the entity model: the file `npm run train:ner` writes.
 * The extension resolves `#ner-asset` to utils/ner-asset-from-extension.ts instead (package.json
 * "imports", "browser" condition), which fetches the one copy shipped in the package.
 */
export async function loadNerAsset(): Promise<NerAsset> {
  return JSON.parse(await readFile(new URL('../../assets/ner/model.json', import.meta.url), 'utf8')) as NerAsset;
}
