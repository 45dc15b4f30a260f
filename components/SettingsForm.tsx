import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { EntityType } from '../core/types';
import { type BuiltinAvailability, builtinSummarizerAvailability } from '../utils/builtin-summarizer';
import {
  ENTITY_TYPES,
  type NetworkLookups,
  type SettingName,
  type SettingValues,
  type SummaryLength,
  settings,
  type TextSize,
  type Theme,
  writeSetting,
} from '../utils/settings';
import { ChoiceGroup } from './ChoiceGroup';
import { SectionLayoutEditor } from './SectionLayoutEditor';
import { SettingsBackup } from './SettingsBackup';
import { ShortcutsSetting } from './ShortcutsSetting';

interface SettingsFormProps {
  values: SettingValues;
  /** The popup's panel shows the everyday settings; the options page shows them all. */
  compact?: boolean;
}

const save =
  <K extends SettingName>(name: K) =>
  (value: SettingValues[K]) =>
    void writeSetting(name, value);

/** Every setting as a form; each change is saved at once and every open Lede page follows. */
export function SettingsForm({ values, compact = false }: SettingsFormProps) {
  const Group = compact ? 'div' : 'section';
  return (
    <div class={compact ? 'settings-form compact' : 'settings-form'} id="settings-form">
      <Group class="settings-group" aria-labelledby={compact ? undefined : 'settings-appearance'}>
        {!compact && <h2 id="settings-appearance">{i18n.t('settings.appearance')}</h2>}
        <ChoiceGroup<Theme>
          name="theme"
          legend={i18n.t('settings.theme')}
          value={values.theme}
          onChange={save('theme')}
          choices={[
            { value: 'system', label: i18n.t('settings.themeSystem') },
            { value: 'light', label: i18n.t('settings.themeLight') },
            { value: 'dark', label: i18n.t('settings.themeDark') },
          ]}
        />
        <ChoiceGroup<TextSize>
          name="text-size"
          legend={i18n.t('settings.textSize')}
          value={values.textSize}
          onChange={save('textSize')}
          choices={[
            { value: 'small', label: i18n.t('settings.textSmall') },
            { value: 'medium', label: i18n.t('settings.textMedium') },
            { value: 'large', label: i18n.t('settings.textLarge') },
          ]}
        />
      </Group>
      <Group class="settings-group" aria-labelledby={compact ? undefined : 'settings-summary'}>
        {!compact && <h2 id="settings-summary">{i18n.t('settings.summary')}</h2>}
        <ChoiceGroup<SummaryLength>
          name="summary-length"
          legend={i18n.t('settings.summaryLength')}
          value={values.summaryLength}
          onChange={save('summaryLength')}
          choices={[
            { value: 'short', label: i18n.t('settings.lengthShort') },
            { value: 'medium', label: i18n.t('settings.lengthMedium') },
            { value: 'long', label: i18n.t('settings.lengthLong') },
          ]}
        />
        {!compact && <BuiltinSummarizerSetting enabled={values.builtinSummarizer} />}
      </Group>
      <Group class="settings-group" aria-labelledby={compact ? undefined : 'settings-sections'}>
        {!compact && <h2 id="settings-sections">{i18n.t('settings.sections')}</h2>}
        <SectionLayoutEditor layout={values.sections} quietLegend={!compact} onChange={save('sections')} />
      </Group>
      <Group class="settings-group" aria-labelledby={compact ? undefined : 'settings-entities'}>
        {!compact && <h2 id="settings-entities">{i18n.t('settings.entities')}</h2>}
        <label class="check" for="highlight-enabled">
          <input
            type="checkbox"
            id="highlight-enabled"
            checked={values.highlightEntities.enabled}
            onChange={(event) =>
              save('highlightEntities')({ ...values.highlightEntities, enabled: event.currentTarget.checked })
            }
          />
          <span>{i18n.t('settings.highlight')}</span>
        </label>
        {!compact && (
          <div class="colors" aria-disabled={!values.highlightEntities.enabled}>
            {(ENTITY_TYPES as EntityType[]).map((type) => (
              <label key={type} class="color" for={`color-${type}`}>
                <input
                  type="color"
                  id={`color-${type}`}
                  value={values.highlightEntities.colors[type]}
                  disabled={!values.highlightEntities.enabled}
                  onChange={(event) =>
                    save('highlightEntities')({
                      ...values.highlightEntities,
                      colors: { ...values.highlightEntities.colors, [type]: event.currentTarget.value },
                    })
                  }
                />
                <span>{i18n.t(`entities.${type}`)}</span>
              </label>
            ))}
          </div>
        )}
      </Group>
      {!compact && (
        <>
          <section class="settings-group" aria-labelledby="settings-lookups">
            <h2 id="settings-lookups">{i18n.t('settings.lookups')}</h2>
            <LookupSettings value={values.networkLookups} />
          </section>
          <section class="settings-group" aria-labelledby="settings-shortcuts">
            <h2 id="settings-shortcuts">{i18n.t('settings.shortcuts')}</h2>
            <ShortcutsSetting />
          </section>
          <section class="settings-group" aria-labelledby="settings-backup">
            <h2 id="settings-backup">{i18n.t('settings.backup')}</h2>
            <SettingsBackup />
          </section>
        </>
      )}
    </div>
  );
}

function BuiltinSummarizerSetting({ enabled }: { enabled: boolean }) {
  const [availability, setAvailability] = useState<BuiltinAvailability | null>(null);
  useEffect(() => {
    void builtinSummarizerAvailability().then(setAvailability);
  }, []);
  const status: Record<BuiltinAvailability, string> = {
    unavailable: i18n.t('settings.builtinUnavailable'),
    downloadable: i18n.t('settings.builtinDownloadable'),
    downloading: i18n.t('settings.builtinDownloadable'),
    available: i18n.t('settings.builtinAvailable'),
  };
  return (
    <div class="field">
      <label class="check" for="builtin-summarizer">
        <input
          type="checkbox"
          id="builtin-summarizer"
          checked={enabled}
          aria-describedby="builtin-summarizer-help"
          onChange={(event) => void settings.builtinSummarizer.set(event.currentTarget.checked)}
        />
        <span>{i18n.t('settings.builtin')}</span>
      </label>
      <p class="help" id="builtin-summarizer-help">
        {i18n.t('settings.builtinHelp')} {availability && status[availability]}
      </p>
    </div>
  );
}

const WIKIPEDIA_ORIGINS = ['https://*.wikipedia.org/*'];

function LookupSettings({ value }: { value: NetworkLookups }) {
  const [baseUrl, setBaseUrl] = useState(value.baseUrl);
  const [language, setLanguage] = useState(value.language);
  const [denied, setDenied] = useState(false);
  useEffect(() => setBaseUrl(value.baseUrl), [value.baseUrl]);
  useEffect(() => setLanguage(value.language), [value.language]);
  const candidate = { ...value, baseUrl, language };
  const urlValid = settings.networkLookups.isValid({ ...value, baseUrl });
  const languageValid = settings.networkLookups.isValid({ ...value, language });
  const commit = (next: NetworkLookups) => {
    if (settings.networkLookups.isValid(next)) void settings.networkLookups.set(next);
  };
  const toggle = (enabled: boolean) => {
    setDenied(false);
    if (!enabled) return commit({ ...candidate, enabled });
    // The encyclopedia's origin is asked for at run time, in the click itself (browsers require a gesture).
    const needsWikipedia = /^https:\/\/(\{lang\}|[a-z-]+)\.wikipedia\.org\//.test(candidate.baseUrl);
    const granted = needsWikipedia
      ? browser.permissions.request({ origins: WIKIPEDIA_ORIGINS }).catch(() => false)
      : Promise.resolve(true);
    void granted.then((ok) => (ok ? commit({ ...candidate, enabled }) : setDenied(true)));
  };
  return (
    <div class="fields">
      <label class="check" for="lookups-enabled">
        <input
          type="checkbox"
          id="lookups-enabled"
          checked={value.enabled}
          aria-describedby="lookups-help"
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span>{i18n.t('settings.lookupsEnabled')}</span>
      </label>
      <p class="help" id="lookups-help">
        {i18n.t('settings.lookupsHelp')}
      </p>
      {denied && (
        <p class="help error" role="alert">
          {i18n.t('settings.lookupsDenied')}
        </p>
      )}
      <TextField
        id="lookups-base-url"
        inputMode="url"
        label={i18n.t('settings.lookupsBaseUrl')}
        value={baseUrl}
        help={urlValid ? i18n.t('settings.lookupsBaseUrlHelp', ['{lang}']) : i18n.t('settings.invalidUrl')}
        valid={urlValid}
        onInput={setBaseUrl}
        onCommit={() => commit(candidate)}
      />
      <TextField
        id="lookups-language"
        short
        label={i18n.t('settings.lookupsLanguage')}
        value={language}
        help={languageValid ? i18n.t('settings.lookupsLanguageHelp') : i18n.t('settings.invalidLanguage')}
        valid={languageValid}
        onInput={setLanguage}
        onCommit={() => commit(candidate)}
      />
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  /** Explains the field, or says what is wrong with the value. */
  help: string;
  valid: boolean;
  inputMode?: 'text' | 'url';
  short?: boolean;
  onInput: (value: string) => void;
  /** Called when the reader leaves the field or presses Enter: the moment to save. */
  onCommit: () => void;
}

function TextField({ id, label, value, help, valid, inputMode = 'text', short, onInput, onCommit }: TextFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        type="text"
        inputMode={inputMode}
        id={id}
        class={short ? 'text-input short' : 'text-input'}
        value={value}
        spellcheck={false}
        aria-invalid={!valid}
        aria-describedby={`${id}-help`}
        onInput={(event) => onInput(event.currentTarget.value.trim())}
        onChange={onCommit}
      />
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
