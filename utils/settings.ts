import { storage } from 'wxt/utils/storage';

/**
 * Every Lede setting, one typed and versioned storage item each (WXT `storage.defineItem`).
 * Small settings live in `storage.sync` so they follow the user across browsers; nothing here is
 * large. Reads are validated: a corrupted or unknown stored value falls back to that setting's
 * default alone, and the other settings are untouched.
 */

export type SummaryLength = 'short' | 'medium' | 'long';
export type Theme = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';
export type SectionId = 'summary' | 'entities' | 'sources';

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 2, medium: 3, long: 5 };
export const ALL_SECTIONS: readonly SectionId[] = ['summary', 'entities', 'sources'];

export interface SectionLayout {
  order: SectionId[];
  hidden: SectionId[];
}

export interface NetworkLookups {
  enabled: boolean;
  /** Base URL of a Wikipedia-compatible page-summary service; `{lang}` is replaced by the language. */
  baseUrl: string;
  /** "auto" follows the article's language. */
  language: string;
}

type Validator<T> = (value: unknown) => value is T;

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
  typeof value === 'object' &&
  value !== null &&
  isSectionList((value as SectionLayout).order) &&
  (value as SectionLayout).order.length === ALL_SECTIONS.length &&
  isSectionList((value as SectionLayout).hidden);

const isNetworkLookups: Validator<NetworkLookups> = (value): value is NetworkLookups => {
  if (typeof value !== 'object' || value === null) return false;
  const { enabled, baseUrl, language } = value as NetworkLookups;
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
  isValid: Validator<T>;
  /** The stored value when valid, else the default. Never throws. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  reset(): Promise<void>;
  /** Calls back with each new valid value (invalid ones arrive as the default). */
  watch(callback: (value: T) => void): () => void;
}

function defineSetting<T>(key: `sync:${string}` | `local:${string}`, fallback: T, isValid: Validator<T>): Setting<T> {
  const item = storage.defineItem<T>(key, { fallback, version: 1 });
  const clean = (value: unknown): T => (isValid(value) ? value : fallback);
  return {
    key,
    fallback,
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
  };
}

export const settings = {
  summaryLength: defineSetting<SummaryLength>('sync:summaryLength', 'medium', oneOf('short', 'medium', 'long')),
  theme: defineSetting<Theme>('sync:theme', 'system', oneOf('system', 'light', 'dark')),
  textSize: defineSetting<TextSize>('sync:textSize', 'medium', oneOf('small', 'medium', 'large')),
  sections: defineSetting<SectionLayout>('sync:sections', { order: [...ALL_SECTIONS], hidden: [] }, isSectionLayout),
  highlightEntities: defineSetting<boolean>('sync:highlightEntities', true, isBoolean),
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

/** Reads every setting at once (each validated on its own). */
export async function readAllSettings(): Promise<SettingValues> {
  const names = Object.keys(settings) as SettingName[];
  const values = await Promise.all(names.map((name) => settings[name].get()));
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as SettingValues;
}
