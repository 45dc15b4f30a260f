import { browser } from 'wxt/browser';
import { decodeModelFile, type NerAsset } from '../core/entities/model-file';

/** Path of the entity model in the built extension (copied there by wxt.config.ts). */
export const NER_ASSET_PATH = '/ner/model.bin.gz';

/**
 * Where the extension gets the entity model: one file in the package, fetched by whichever extension
 * context analyzes first (the background, in practice), so the zip holds one copy and no script bundle
 * embeds it. The file is gzip-compressed and inflated as it streams in: reading a packaged file costs
 * more per byte than inflating it.
 */
export async function loadNerAsset(): Promise<NerAsset> {
  // WXT types getURL with the files of public/ only; this one is added by the build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(NER_ASSET_PATH);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`The entity model could not be loaded (${response.status})`);
  const inflated = new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
  return decodeModelFile(new Uint8Array(await inflated.arrayBuffer()));
}
