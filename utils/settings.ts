import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../core/types';

/**
 * Every Lede setting, one typed and versioned storage item each (WXT `storage.defineItem`).
 * All of them are small (the largest, `sections`, is under 200 bytes), far inside `storage.sync`'s
 * 8 KB per item, so they live there and follow the user across browsers; nothing needs `storage.local`.
 * Reads are validated: a corrupted or unknown stored value falls back to that setting's default
 * alone, and the other settings are untouched.
 *
 * Changing a stored shape: bump the setting's `version`, add `migrations[newVersion]`, and add a
 * sample of the old shape to `tests/unit/settings/migrations.test.ts` (it checks every earlier version).
 */

export type SummaryLength = 'short' | 'medium' | 'long';
export type Theme = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';
export type SectionId = 'article' | 'summary' | 'entities' | 'sources';

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 2, medium: 3, long: 5 };
export const ALL_SECTIONS: readonly SectionId[] = ['article', 'summary', 'entities', 'sources'];
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

export interface SectionLayout {
  /** Every section, in the order the popup and reader view show them. */
  order: SectionId[];
  hidden: SectionId[];
  /** Sections shown folded to their header; remembered between popups. */
  collapsed: SectionId[];
}

export interface EntityHighlight {
  /** Colour entity chips and mark mentions in the reader view. */
  enabled: boolean;
  /** One `#rrggbb` colour per entity type. */
  colors: Record<EntityType, string>;
}

export interface NetworkLookups {
  enabled: boolean;
  /** Base URL of a Wikipedia-compatible page-summary service; `{lang}` is replaced by the language. */
  baseUrl: string;
  /** "auto" follows the article's language. */
  language: string;
}

type Validator<T> = (value: unknown) => value is T;
type Migration = (old: unknown) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf =
  <T extends string>(...allowed: T[]): Validator<T> =>
  (value): value is T =>
    typeof value === 'string' && (allowed as string[]).includes(value);

const isBoolean: Validator<boolean> = (value): value is boolean => typeof value === 'boolean';

const isSectionList = (value: unknown): value is SectionId[] =>
  Array.isArray(value) &&
  value.every((id) => ALL_SECTIONS.includes(id as SectionId)) &&
  new Set(value).size === value.length;

const isSectionLayout: Validator<SectionLayout> = (value): value is SectionLayout =>
  isObject(value) &&
  isSectionList(value.order) &&
  value.order.length === ALL_SECTIONS.length &&
  isSectionList(value.hidden) &&
  isSectionList(value.collapsed);

export const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

const isEntityHighlight: Validator<EntityHighlight> = (value): value is EntityHighlight =>
  isObject(value) &&
  typeof value.enabled === 'boolean' &&
  isObject(value.colors) &&
  ENTITY_TYPES.every((type) => isHexColor((value.colors as Record<string, unknown>)[type]));

const isNetworkLookups: Validator<NetworkLookups> = (value): value is NetworkLookups => {
  if (!isObject(value)) return false;
  const { enabled, baseUrl, language } = value;
  return (
    typeof enabled === 'boolean' &&
    typeof baseUrl === 'string' &&
    /^https:\/\/[^\s]+$/.test(baseUrl) &&
    typeof language === 'string' &&
    /^(auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})?)$/.test(language)
  );
};

export interface Setting<T> {
  key: string;
  fallback: T;
  /** Version of the stored shape; `migrations[n]` turns a version n-1 value into version n. */
  version: number;
  migrations: Record<number, Migration>;
  isValid: Validator<T>;
  /** The stored value when valid, else the default. Never throws. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  reset(): Promise<void>;
  /** Calls back with each new valid value (invalid ones arrive as the default). */
  watch(callback: (value: T) => void): () => void;
  /** Brings a value written at `fromVersion` (an old export, say) to the current shape; null when it can't. */
  upgrade(value: unknown, fromVersion: number): T | null;
}

interface SettingOptions {
  version?: number;
  migrations?: Record<number, Migration>;
}

function defineSetting<T>(
  key: `sync:${string}` | `local:${string}`,
  fallback: T,
  isValid: Validator<T>,
  { version = 1, migrations = {} }: SettingOptions = {},
): Setting<T> {
  const item = storage.defineItem<T>(key, {
    fallback,
    version,
    // WXT runs migrations only when some are declared; an empty map still records the version.
    migrations,
  });
  const clean = (value: unknown): T => (isValid(value) ? value : fallback);
  return {
    key,
    fallback,
    version,
    migrations,
    isValid,
    async get() {
      try {
        return clean(await item.getValue());
      } catch {
        return fallback;
      }
    },
    async set(value) {
      if (!isValid(value)) throw new TypeError(`Invalid value for setting ${key}`);
      await item.setValue(value);
    },
    async reset() {
      await item.removeValue();
    },
    watch(callback) {
      return item.watch((value) => callback(clean(value)));
    },
    upgrade(value, fromVersion) {
      let current = value;
      try {
        for (let v = Math.max(1, Math.floor(fromVersion)) + 1; v <= version; v++) {
          current = migrations[v]?.(current) ?? current;
        }
      } catch {
        return null;
      }
      return isValid(current) ? current : null;
    },
  };
}

export const DEFAULT_ENTITY_COLORS: Record<EntityType, string> = {
  person: '#8b5cf6',
  organization: '#0d9488',
  place: '#d97706',
  other: '#6b7280',
};

export const settings = {
  summaryLength: defineSetting<SummaryLength>('sync:summaryLength', 'medium', oneOf('short', 'medium', 'long')),
  theme: defineSetting<Theme>('sync:theme', 'system', oneOf('system', 'light', 'dark')),
  textSize: defineSetting<TextSize>('sync:textSize', 'medium', oneOf('small', 'medium', 'large')),
  sections: defineSetting<SectionLayout>(
    'sync:sections',
    { order: [...ALL_SECTIONS], hidden: [], collapsed: [] },
    isSectionLayout,
    {
      version: 2,
      migrations: {
        // v2: the article card joined the reorderable sections (first, where it always was), and
        // folded sections are remembered.
        // Idempotent, so a current value that lost its version record is left as it is.
        2: (old) => {
          if (!isObject(old) || !Array.isArray(old.order)) return old;
          if (old.order.includes('article')) return { ...old, collapsed: old.collapsed ?? [] };
          return { order: ['article', ...old.order], hidden: old.hidden, collapsed: [] };
        },
      },
    },
  ),
  highlightEntities: defineSetting<EntityHighlight>(
    'sync:highlightEntities',
    { enabled: true, colors: { ...DEFAULT_ENTITY_COLORS } },
    isEntityHighlight,
    {
      version: 2,
      migrations: {
        // v2: the on/off switch gained a colour per entity type.
        2: (old) => (typeof old === 'boolean' ? { enabled: old, colors: { ...DEFAULT_ENTITY_COLORS } } : old),
      },
    },
  ),
  networkLookups: defineSetting<NetworkLookups>(
    'sync:networkLookups',
    { enabled: false, baseUrl: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/', language: 'auto' },
    isNetworkLookups,
  ),
  builtinSummarizer: defineSetting<boolean>('sync:builtinSummarizer', false, isBoolean),
};

export type Settings = typeof settings;
export type SettingName = keyof Settings;
export type SettingValues = { [K in SettingName]: Settings[K]['fallback'] };
export const SETTING_NAMES = Object.keys(settings) as SettingName[];

/** Reads every setting at once (each validated on its own). */
export async function readAllSettings(): Promise<SettingValues> {
  const values = await Promise.all(SETTING_NAMES.map((name) => settings[name].get()));
  return Object.fromEntries(SETTING_NAMES.map((name, i) => [name, values[i]])) as SettingValues;
}

/** Puts every setting back to its default. */
export async function resetAllSettings(): Promise<void> {
  await Promise.all(SETTING_NAMES.map((name) => settings[name].reset()));
}

/** Writes one setting by name; false when the value is not valid for it. */
export async function writeSetting<K extends SettingName>(name: K, value: SettingValues[K]): Promise<boolean> {
  const setting = settings[name] as unknown as Setting<SettingValues[K]>;
  if (!setting.isValid(value)) return false;
  await setting.set(value);
  return true;
}
