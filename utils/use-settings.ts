import { useEffect, useState } from 'preact/hooks';
import { readAllSettings, SETTING_NAMES, type SettingValues, settings } from './settings';
import { applyAppearance, applyEntityColors } from './theme';

let early: Promise<SettingValues> | null = null;

/**
 * Starts reading the settings before the first render, as the popup does with its request: read from
 * an effect, they would be asked for only after the first paint, and the analysis waits for them.
 * The first `useSettings` takes this read.
 */
export function readSettingsEarly(): void {
  early ??= readAllSettings();
}

/**
 * Every setting, live: read once, then kept current through `watch`, so a change made in the options
 * page or the popup's panel shows at once in every open Lede page. Null until the first read.
 */
export function useSettings(): SettingValues | null {
  const [values, setValues] = useState<SettingValues | null>(null);
  useEffect(() => {
    let live = true;
    const wasEarly = early !== null;
    const read = early ?? readAllSettings();
    early = null;
    void read.then((all) => live && setValues(all));
    const stops = SETTING_NAMES.map((name) =>
      (settings[name].watch as (callback: (value: unknown) => void) => () => void)((value) =>
        setValues((current) => (current ? { ...current, [name]: value } : current)),
      ),
    );
    // A change made between the early read and the watchers above would be missed: read once more,
    // now that they listen, and take the result only if it differs.
    if (wasEarly) {
      void Promise.all([read, readAllSettings()]).then(([first, now]) => {
        if (live && JSON.stringify(first) !== JSON.stringify(now)) setValues(now);
      });
    }
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);
  return values;
}

/** Keeps the page's theme, text size and entity colours in step with the settings. */
export function useAppearance(values: SettingValues | null): void {
  useEffect(() => {
    if (!values) return;
    const root = document.documentElement;
    applyAppearance(root, values.theme, values.textSize);
    applyEntityColors(root, values.highlightEntities);
  }, [values?.theme, values?.textSize, values?.highlightEntities, values]);
}
