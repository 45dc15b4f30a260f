import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ENTITY_COLORS, type SettingName, type SettingValues, settings } from '../../../utils/settings';

/**
 * A stored value of every earlier shape of every setting, and what it must become. Bumping a
 * setting's version without adding its old shape here fails the completeness test below.
 */
const HISTORY: { [K in SettingName]: Record<number, { stored: unknown; expected: SettingValues[K] }> } = {
  summaryLength: {},
  theme: {},
  textSize: {},
  networkLookups: {},
  builtinSummarizer: {},
  sections: {
    1: {
      stored: { order: ['sources', 'summary', 'entities'], hidden: ['entities'] },
      expected: { order: ['article', 'sources', 'summary', 'entities'], hidden: ['entities'], collapsed: [] },
    },
  },
  highlightEntities: {
    1: { stored: false, expected: { enabled: false, colors: DEFAULT_ENTITY_COLORS } },
  },
};

const NAMES = Object.keys(settings) as SettingName[];
const storageKey = (name: SettingName) => settings[name].key.replace(/^(sync|local):/, '');
const areaOf = (name: SettingName) => (settings[name].key.startsWith('sync:') ? 'sync' : 'local');

/** Loads the settings module fresh, as a browser does after an update, so WXT runs the migrations. */
async function freshSettings() {
  vi.resetModules();
  return (await import('../../../utils/settings')).settings;
}

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a sample of every earlier version of every setting, and a migration for every step', () => {
    for (const name of NAMES) {
      const { version, migrations } = settings[name];
      for (let v = 1; v < version; v++) expect(HISTORY[name][v], `${name} v${v} sample`).toBeDefined();
      for (let v = 2; v <= version; v++) expect(migrations[v], `${name} migration to v${v}`).toBeTypeOf('function');
    }
  });

  const cases = NAMES.flatMap((name) =>
    Object.entries(HISTORY[name]).flatMap(([from, sample]) => [
      { name, from: Number(from), sample, withMeta: true },
      // Values written by a v1 item may carry no version record at all.
      ...(from === '1' ? [{ name, from: 1, sample, withMeta: false }] : []),
    ]),
  );

  it.each(cases)(
    'migrates $name from v$from (version recorded: $withMeta)',
    async ({ name, from, sample, withMeta }) => {
      const key = storageKey(name);
      await fakeBrowser.storage[areaOf(name)].set({
        [key]: sample.stored,
        ...(withMeta && { [`${key}$`]: { v: from } }),
      });
      const fresh = await freshSettings();
      expect(await fresh[name].get()).toEqual(sample.expected);
      const stored = await fakeBrowser.storage[areaOf(name)].get([key, `${key}$`]);
      expect(stored[key]).toEqual(sample.expected);
      expect(stored[`${key}$`]).toEqual({ v: fresh[name].version });
    },
  );

  it('falls back to the default, alone, when an old value is corrupt', async () => {
    await fakeBrowser.storage.sync.set({
      sections: 'garbage',
      sections$: { v: 1 },
      highlightEntities: 7,
      theme: 'dark',
    });
    const fresh = await freshSettings();
    expect(await fresh.sections.get()).toEqual(fresh.sections.fallback);
    expect(await fresh.highlightEntities.get()).toEqual(fresh.highlightEntities.fallback);
    expect(await fresh.theme.get()).toBe('dark');
  });

  it('upgrades values from old exports the same way', () => {
    expect(settings.highlightEntities.upgrade(true, 1)).toEqual({ enabled: true, colors: DEFAULT_ENTITY_COLORS });
    expect(settings.sections.upgrade(HISTORY.sections[1]?.stored, 1)).toEqual(HISTORY.sections[1]?.expected);
    expect(settings.sections.upgrade({ order: 'nope' }, 1)).toBeNull();
  });

  it('leaves a current value that lost its version record alone', async () => {
    const value = { order: ['sources', 'article', 'summary', 'entities'], hidden: ['summary'], collapsed: [] };
    await fakeBrowser.storage.sync.set({ sections: value });
    const fresh = await freshSettings();
    expect(await fresh.sections.get()).toEqual(value);
  });

  it('leaves current values untouched', async () => {
    const value = { order: ['sources', 'article', 'summary', 'entities'], hidden: [], collapsed: ['summary'] };
    await fakeBrowser.storage.sync.set({ sections: value, sections$: { v: 2 } });
    const fresh = await freshSettings();
    expect(await fresh.sections.get()).toEqual(value);
  });
});
