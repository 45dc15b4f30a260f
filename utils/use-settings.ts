import { useEffect, useState } from 'preact/hooks';
import { readAllSettings, SETTING_NAMES, type SettingValues, settings } from './settings';
import { applyAppearance, applyEntityColors } from './theme';

/**
 * Every setting, live: read once, then kept current through `watch`, so a change made in the options
 * page or the popup's panel shows at once in every open Lede page. Null until the first read.
 */
export function useSettings(): SettingValues | null {
  const [values, setValues] = useState<SettingValues | null>(null);
  useEffect(() => {
    let live = true;
    void readAllSettings().then((all) => live && setValues(all));
    const stops = SETTING_NAMES.map((name) =>
      (settings[name].watch as (callback: (value: unknown) => void) => () => void)((value) =>
        setValues((current) => (current ? { ...current, [name]: value } : current)),
      ),
    );
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
