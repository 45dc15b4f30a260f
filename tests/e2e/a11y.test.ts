import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  type ExtensionPage,
  launchBrowser,
  OUTPUT_DIR,
  seriousAxeViolations,
  waitUntil,
} from './support/browsers';
import { type PageServer, SEED_PATH, startPageServer } from './support/server';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const THEMES = ['light', 'dark'] as const;
const OPTIONS_VIEWPORT = { width: 900, height: 1000 };
const READER_VIEWPORT = { width: 1280, height: 900 };

/** axe's findings in a form that names the rule and the elements, so a failure says what to fix. */
async function expectNoSeriousViolations(page: ExtensionPage): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.join(' | ')}`)).toEqual([]);
}

describe.each(BROWSERS)('accessibility in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let tabId: number;
  let options: ExtensionPage;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
    ({ tabId } = await browser.openTab(server.url(SEED_PATH)));
    options = await browser.openExtensionPage('options.html', OPTIONS_VIEWPORT);
    await options.waitFor('#settings-form');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(THEMES)('%s theme', (theme) => {
    beforeAll(async () => {
      await options.evaluate(`document.querySelector('#theme-${theme}').click()`);
      await waitUntil(options, `document.documentElement.dataset.theme === '${theme}'`);
    });

    it('popup: article, sections and the settings panel', async () => {
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor('#result');
      await waitUntil(popup, `document.documentElement.dataset.theme === '${theme}'`);
      await expectNoSeriousViolations(popup);
      await popup.screenshot(path.join(OUTPUT_DIR, `popup-${theme}-${name}.png`));
      await popup.evaluate(`document.querySelector('#settings-toggle').click()`);
      await popup.waitFor('#settings-panel');
      await expectNoSeriousViolations(popup);
      await popup.screenshot(path.join(OUTPUT_DIR, `popup-settings-${theme}-${name}.png`));
      await popup.close();
    });

    it('options page', async () => {
      await expectNoSeriousViolations(options);
      await options.screenshot(path.join(OUTPUT_DIR, `options-${theme}-${name}.png`));
    });

    it('reader view', async () => {
      const reader = await browser.openExtensionPage(`reader-view.html?tabId=${tabId}`, READER_VIEWPORT);
      await reader.waitFor('#reader-body p');
      await waitUntil(reader, `document.documentElement.dataset.theme === '${theme}'`);
      await expectNoSeriousViolations(reader);
      await reader.screenshot(path.join(OUTPUT_DIR, `reader-${theme}-${name}.png`));
      await reader.close();
    });
  });
});
