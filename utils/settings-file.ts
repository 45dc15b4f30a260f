import {
  readAllSettings,
  SETTING_NAMES,
  type Setting,
  type SettingName,
  type SettingValues,
  settings,
} from './settings';

/**
 * Settings as a file the user can keep or move: `{ format, exportedAt, versions, settings }`.
 * `versions` records each setting's stored-shape version, so a file from an older Lede is migrated
 * on import like stored values are. Import is forgiving per setting: unknown keys are ignored, an
 * invalid value is reported by name and skipped, and every valid setting in the file is applied.
 */

export const SETTINGS_FILE_FORMAT = 'lede-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  exportedAt: string;
  versions: Partial<Record<SettingName, number>>;
  settings: Partial<SettingValues>;
}

export interface ImportPlan {
  /** Valid settings found in the file, ready to write. */
  values: Partial<SettingValues>;
  /** Settings the file has but with a value Lede cannot use. */
  invalid: SettingName[];
  /** Keys Lede does not know (from a newer version, or typos); left alone. */
  ignored: string[];
}

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; reason: 'not-json' | 'not-lede-settings' };

export function buildSettingsFile(values: SettingValues, now = new Date()): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    exportedAt: now.toISOString(),
    versions: Object.fromEntries(SETTING_NAMES.map((name) => [name, settings[name].version])),
    settings: values,
  };
}

export async function exportSettingsText(): Promise<string> {
  return `${JSON.stringify(buildSettingsFile(await readAllSettings()), null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a settings file's text into what would be applied, without touching storage. */
export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObject(data) || data.format !== SETTINGS_FILE_FORMAT || !isObject(data.settings)) {
    return { ok: false, reason: 'not-lede-settings' };
  }
  const versions = isObject(data.versions) ? data.versions : {};
  const plan: ImportPlan = { values: {}, invalid: [], ignored: [] };
  for (const [key, value] of Object.entries(data.settings)) {
    if (!(SETTING_NAMES as string[]).includes(key)) {
      plan.ignored.push(key);
      continue;
    }
    const name = key as SettingName;
    const setting = settings[name] as unknown as Setting<unknown>;
    const from = versions[name];
    const fromVersion = typeof from === 'number' && Number.isInteger(from) ? from : setting.version;
    const upgraded = fromVersion > setting.version ? null : setting.upgrade(value, fromVersion);
    if (upgraded === null) plan.invalid.push(name);
    else (plan.values as Record<string, unknown>)[name] = upgraded;
  }
  return { ok: true, plan };
}

/** Applies a settings file; returns what was applied, skipped and ignored. */
export async function importSettingsText(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  for (const [name, value] of Object.entries(result.plan.values)) {
    await (settings[name as SettingName] as unknown as Setting<unknown>).set(value);
  }
  return result;
}
