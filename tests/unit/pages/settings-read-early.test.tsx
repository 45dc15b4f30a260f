// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SettingValues } from '../../../utils/settings';
import { settings } from '../../../utils/settings';
import { readSettingsEarly, useSettings } from '../../../utils/use-settings';
import { waitForPendingPaints } from '../support/preact-paint';

/**
 * The popup reads its settings before its first render (so the analysis does not wait on a read asked
 * for after the first paint). A setting changed in the moment between that read and the first render,
 * from the options page say, must still show: the popup may not keep the value it read first.
 */

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let seen: (SettingValues | null)[] = [];
function Probe() {
  seen.push(useSettings());
  return null;
}

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  seen = [];
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

afterAll(waitForPendingPaints);

describe('settings read before the first render', () => {
  it('are what the page shows', async () => {
    await settings.theme.set('dark');
    readSettingsEarly();
    await act(() => render(<Probe />, host));
    await settle();
    expect(seen.at(-1)?.theme).toBe('dark');
  });

  it('give way to a change made before the page listened for changes', async () => {
    await settings.theme.set('dark');
    readSettingsEarly();
    // Changed after the early read began, before the page renders and starts watching.
    await settings.theme.set('light');
    await act(() => render(<Probe />, host));
    await settle();
    expect(seen.at(-1)?.theme).toBe('light');
  });
});
