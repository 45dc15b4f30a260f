import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllSettings, settings } from '../../../utils/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    const all = await readAllSettings();
    expect(all.summaryLength).toBe('medium');
    expect(all.theme).toBe('system');
    expect(all.networkLookups.enabled).toBe(false);
    expect(all.builtinSummarizer).toBe(false);
  });

  it('keeps a valid value', async () => {
    await settings.summaryLength.set('long');
    expect(await settings.summaryLength.get()).toBe('long');
  });

  it('refuses to store an invalid value', async () => {
    await expect(settings.theme.set('neon' as never)).rejects.toThrow(/Invalid value/);
  });

  it('falls back to the default for a corrupted value alone, keeping the others', async () => {
    await settings.theme.set('dark');
    await fakeBrowser.storage.sync.set({ summaryLength: 42, sections: { order: ['summary'], hidden: 'x' } });
    const all = await readAllSettings();
    expect(all.summaryLength).toBe('medium');
    expect(all.sections).toEqual(settings.sections.fallback);
    expect(all.theme).toBe('dark');
  });

  it('tells watchers about changes, with invalid values replaced by the default', async () => {
    const seen: string[] = [];
    const stop = settings.theme.watch((value) => seen.push(value));
    await settings.theme.set('light');
    await fakeBrowser.storage.sync.set({ theme: 'plaid' });
    stop();
    expect(seen).toEqual(['light', 'system']);
  });
});
