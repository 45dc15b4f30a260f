import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EncyclopediaSummary } from '../../../core/lookup/types';
import {
  CACHE_TTL_MS,
  getCached,
  MAX_BYTES,
  MAX_ENTRIES,
  pruneCache,
  putCached,
} from '../../../utils/encyclopedia-cache';

const summary = (title: string, extract = 'An extract.'): EncyclopediaSummary => ({
  title,
  description: null,
  extract,
  thumbnail: null,
  url: null,
});

describe('the encyclopedia cache in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns a fresh answer and forgets it once expired', async () => {
    await putCached('k', summary('Soufan'), 1_000);
    expect((await getCached('k', 2_000))?.title).toBe('Soufan');
    expect(await getCached('k', 1_000 + CACHE_TTL_MS + 1)).toBeNull();
    expect(await getCached('other', 2_000)).toBeNull();
  });

  it('treats a corrupted cache as empty', async () => {
    await fakeBrowser.storage.local.set({ encyclopediaCache: { k: { at: 'yesterday', summary: 42 } } });
    expect(await getCached('k')).toBeNull();
    await fakeBrowser.storage.local.set({ encyclopediaCache: 'garbage' });
    expect(await getCached('k')).toBeNull();
    await putCached('k', summary('ok'));
    expect((await getCached('k'))?.title).toBe('ok');
  });

  it('keeps the newest entries within the entry and size caps', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ENTRIES + 50 }, (_, i) => [`k${i}`, { at: i, summary: summary(`T${i}`) }]),
    );
    const pruned = pruneCache(many, MAX_ENTRIES + 50);
    expect(Object.keys(pruned)).toHaveLength(MAX_ENTRIES);
    expect(pruned[`k${MAX_ENTRIES + 49}`]).toBeDefined();
    expect(pruned.k0).toBeUndefined();

    const big = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`b${i}`, { at: i, summary: summary(`B${i}`, 'x'.repeat(10_000)) }]),
    );
    const kept = pruneCache(big, 100);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_BYTES);
    expect(kept.b99).toBeDefined();
  });
});
