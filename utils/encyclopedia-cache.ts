import { storage } from 'wxt/utils/storage';
import type { EncyclopediaSummary } from '../core/lookup/types';

/**
 * Encyclopedia answers kept in `storage.local` so a name looked up twice costs one request. Entries
 * expire after a week; the cache holds at most `MAX_ENTRIES` entries and `MAX_BYTES` of JSON, dropping
 * the oldest first. A corrupted cache is treated as empty.
 */

export const CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_ENTRIES = 200;
export const MAX_BYTES = 256 * 1024;

interface Entry {
  at: number;
  summary: EncyclopediaSummary;
}

type Cache = Record<string, Entry>;

const item = storage.defineItem<Cache>('local:encyclopediaCache', { fallback: {} });

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Entry).at === 'number' &&
  typeof (value as Entry).summary?.title === 'string' &&
  typeof (value as Entry).summary?.extract === 'string';

async function readCache(): Promise<Cache> {
  try {
    const value = await item.getValue();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => isEntry(entry)));
  } catch {
    return {};
  }
}

export async function getCached(key: string, now = Date.now()): Promise<EncyclopediaSummary | null> {
  const entry = (await readCache())[key];
  return entry && now - entry.at < CACHE_TTL_MS ? entry.summary : null;
}

/** Keeps the newest entries within both caps; expired ones go first. */
export function pruneCache(cache: Cache, now: number): Cache {
  const fresh = Object.entries(cache)
    .filter(([, entry]) => now - entry.at < CACHE_TTL_MS)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_ENTRIES);
  const kept: Cache = {};
  let bytes = 2;
  for (const [key, entry] of fresh) {
    bytes += JSON.stringify([key, entry]).length;
    if (bytes > MAX_BYTES) break;
    kept[key] = entry;
  }
  return kept;
}

export async function putCached(key: string, summary: EncyclopediaSummary, now = Date.now()): Promise<void> {
  const cache = await readCache();
  cache[key] = { at: now, summary };
  await item.setValue(pruneCache(cache, now));
}
