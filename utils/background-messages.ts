import { browser } from 'wxt/browser';

/**
 * UI strings for code that runs in the background. WXT imports the background entrypoint while it
 * prepares the project, before it has generated `#i18n`, so that module cannot be imported there:
 * this reads the same messages through `browser.i18n` (nested keys are flattened with underscores).
 */
export function backgroundMessage(key: string, substitutions?: string[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key.replaceAll('.', '_'), substitutions);
}
