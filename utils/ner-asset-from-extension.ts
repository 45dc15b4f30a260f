import { browser } from 'wxt/browser';
import type { NerAsset } from '../core/entities/model';

/** Path of the entity model in the built extension (copied there by wxt.config.ts). */
export const NER_ASSET_PATH = '/ner/model.json';

/**
 * Where the extension gets the entity model: one JSON file in the package, fetched by the popup, the
 * reader view and the background alike, so the zip holds one copy and no script bundle embeds it.
 */
export async function loadNerAsset(): Promise<NerAsset> {
  // WXT types getURL with the files of public/ only; this one is added by the build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(NER_ASSET_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The entity model could not be loaded (${response.status})`);
  return (await response.json()) as NerAsset;
}
