import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllSettings, resetAllSettings, settings } from '../../../utils/settings';
import {
  buildSettingsFile,
  exportSettingsText,
  importSettingsText,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
} from '../../../utils/settings-file';

describe('settings export and import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('round-trips every setting through a file', async () => {
    await settings.theme.set('dark');
    await settings.summaryLength.set('long');
    await settings.sections.set({
      order: ['sources', 'article', 'summary', 'entities'],
      hidden: ['entities'],
      collapsed: [],
    });
    const before = await readAllSettings();
    const text = await exportSettingsText();
    await resetAllSettings();
    expect((await readAllSettings()).theme).toBe('system');
    const result = await importSettingsText(text);
    expect(result.ok && result.plan.invalid).toEqual([]);
    expect(await readAllSettings()).toEqual(before);
  });

  it('ignores unknown keys and reports invalid values by setting, applying the rest', async () => {
    await settings.textSize.set('large');
    const file = {
      format: SETTINGS_FILE_FORMAT,
      versions: {},
      settings: { theme: 'light', summaryLength: 'enormous', fontFamily: 'Comic Sans', networkLookups: { enabled: 1 } },
    };
    const result = await importSettingsText(JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      plan: { values: { theme: 'light' }, invalid: ['summaryLength', 'networkLookups'], ignored: ['fontFamily'] },
    });
    const after = await readAllSettings();
    expect(after.theme).toBe('light');
    expect(after.summaryLength).toBe('medium');
    expect(after.textSize).toBe('large');
  });

  it('migrates values from a file written by an older Lede', () => {
    const result = parseSettingsFile(
      JSON.stringify({
        format: SETTINGS_FILE_FORMAT,
        versions: { highlightEntities: 1, sections: 1 },
        settings: { highlightEntities: false, sections: { order: ['entities', 'summary', 'sources'], hidden: [] } },
      }),
    );
    expect(result.ok && result.plan.values.highlightEntities?.enabled).toBe(false);
    expect(result.ok && result.plan.values.sections?.order).toEqual(['article', 'entities', 'summary', 'sources']);
  });

  it('refuses values from a newer Lede than this one rather than guessing', () => {
    const result = parseSettingsFile(
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, versions: { theme: 9 }, settings: { theme: 'dark' } }),
    );
    expect(result.ok && result.plan.invalid).toEqual(['theme']);
  });

  it('rejects files that are not Lede settings, changing nothing', async () => {
    await settings.theme.set('dark');
    expect(await importSettingsText('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(await importSettingsText('{"theme":"light"}')).toEqual({ ok: false, reason: 'not-lede-settings' });
    expect(await importSettingsText('[]')).toEqual({ ok: false, reason: 'not-lede-settings' });
    expect(await settings.theme.get()).toBe('dark');
  });

  it('records each setting’s version in the file', async () => {
    const file = buildSettingsFile(await readAllSettings(), new Date('2026-01-02T03:04:05Z'));
    expect(file.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(file.versions.sections).toBe(2);
    expect(file.versions.theme).toBe(1);
  });

  it('resets everything to the defaults', async () => {
    await settings.theme.set('dark');
    await settings.builtinSummarizer.set(true);
    await resetAllSettings();
    const all = await readAllSettings();
    expect(all.theme).toBe('system');
    expect(all.builtinSummarizer).toBe(false);
  });
});
