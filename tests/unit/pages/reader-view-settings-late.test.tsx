// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from '../../../components/ReaderView';
import type { Analysis } from '../../../core/types';
import { SETTING_NAMES, type SettingValues, settings } from '../../../utils/settings';
// The CLI's analysis of ../../fixtures/pages/short-article.html (`lede read … --url https://springfield-post.example/news/budget`).
import analysis from '../../fixtures/pages/short-analysis.json';
import { waitForPendingPaints } from '../support/preact-paint';

/**
 * The reader view waits for two things, the analysis and the settings, and either may come first. When
 * the analysis came first, the article body was never filled in (its effect had run while the loading
 * shell was shown): the reader saw the panels beside an empty page.
 */

const state: { analysis: Analysis | null; giveSettings: ((values: SettingValues) => void) | null } = {
  analysis: null,
  giveSettings: null,
};

vi.mock('../../../utils/use-analysis', () => ({
  useAnalysis: () => [{ kind: 'ready', analysis: state.analysis, tabId: 1, length: 'medium' }, () => undefined],
}));

// WXT's own 'wxt/browser' stand-in does not load under jsdom (esbuild's realm check); its fake does.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

vi.mock('../../../utils/use-settings', async () => {
  const { useEffect, useState } = await import('preact/hooks');
  return {
    useAppearance: () => undefined,
    useSettings: () => {
      const [values, setValues] = useState<SettingValues | null>(null);
      useEffect(() => {
        state.giveSettings = setValues;
      }, []);
      return values;
    },
  };
});

const defaults = () =>
  Object.fromEntries(SETTING_NAMES.map((name) => [name, settings[name].fallback])) as unknown as SettingValues;

let host: HTMLElement;

beforeEach(() => {
  state.analysis = analysis as unknown as Analysis;
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
});

afterAll(waitForPendingPaints);

describe('reader view', () => {
  it('shows the article body when the analysis arrives before the settings', async () => {
    await act(() => {
      render(<ReaderView />, host);
    });
    expect(host.querySelector('#reader-body')).toBeNull();
    await act(() => state.giveSettings?.(defaults()));
    const body = host.querySelector('#reader-body');
    expect(body?.textContent).toContain('approved the new budget');
    expect(body?.querySelectorAll('p').length).toBeGreaterThan(0);
  });
});
