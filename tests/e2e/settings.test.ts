import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  type ExtensionPage,
  launchBrowser,
  OUTPUT_DIR,
  waitUntil,
} from './support/browsers';
import { type PageServer, SEED_PATH, startPageServer } from './support/server';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const OPTIONS_VIEWPORT = { width: 900, height: 1000 };

/** Clicks inside the page with the DOM's own click(), the same in both drivers. */
const click = (page: ExtensionPage, selector: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);

const SECTION_ORDER = `[...document.querySelectorAll('#result [data-section]')].map((s) => s.dataset.section).join(',')`;
const sectionOrder = (page: ExtensionPage) => page.evaluate<string>(SECTION_ORDER);

/** Captures the next file the page saves (an object URL on a link) instead of downloading it. */
const CAPTURE_DOWNLOAD = `(() => {
  window.__saved = null;
  HTMLAnchorElement.prototype.click = function () {
    const name = this.download;
    fetch(this.href).then((r) => r.text()).then((text) => { window.__saved = { name, text }; });
  };
  return true;
})()`;

/** Hands a file to the page's file input as if the user had picked it. */
const pickFile = (page: ExtensionPage, selector: string, text: string) =>
  page.evaluate(`(() => {
    const input = document.querySelector(${JSON.stringify(selector)});
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(text)}], 'lede-settings.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);

describe.each(BROWSERS)('settings in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let popup: ExtensionPage;
  let options: ExtensionPage;
  let tabId: number;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
    ({ tabId } = await browser.openTab(server.url(SEED_PATH)));
    popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor('#result');
    options = await browser.openExtensionPage('options.html', OPTIONS_VIEWPORT);
    await options.waitFor('#settings-form');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('changes the open popup’s theme from the options page', async () => {
    expect(await popup.evaluate('document.documentElement.dataset.theme ?? null')).toBeNull();
    await click(options, '#theme-dark');
    await waitUntil(popup, `document.documentElement.dataset.theme === 'dark'`);
    await click(options, '#theme-light');
    await waitUntil(popup, `document.documentElement.dataset.theme === 'light'`);
    await click(options, '#text-size-large');
    await waitUntil(popup, `document.documentElement.dataset.textSize === 'large'`);
  });

  it('follows the summary length with the number of sentences', async () => {
    await click(options, '#summary-length-short');
    await waitUntil(popup, `document.querySelectorAll('#summary-list li').length === 2`);
    await click(options, '#summary-length-long');
    await waitUntil(popup, `document.querySelectorAll('#summary-list li').length === 5`);
    // A popup opened afterwards asks for the default length first and must still show the chosen one.
    const reopened = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await reopened.waitFor('#summary-list li');
    expect(await reopened.count('#summary-list li')).toBe(5);
    await reopened.close();
  });

  it('hides, shows and reorders sections', async () => {
    expect(await sectionOrder(popup)).toBe('article,summary,entities,sources');
    await click(options, '#show-section-entities');
    await waitUntil(popup, `!document.querySelector('#result [data-section="entities"]')`);
    // Twice: past the hidden entities section, then past the summary.
    await click(options, '#move-up-sources');
    await waitUntil(options, `document.querySelectorAll('[data-section-row]')[2]?.dataset.sectionRow === 'sources'`);
    await click(options, '#move-up-sources');
    await waitUntil(popup, `document.querySelectorAll('#result [data-section]')[1]?.dataset.section === 'sources'`);
    expect(await sectionOrder(popup)).toBe('article,sources,summary');
    await click(options, '#show-section-entities');
    await waitUntil(popup, `!!document.querySelector('#result [data-section="entities"]')`);
  });

  it('turns entity highlighting off and recolours it', async () => {
    await click(options, '#highlight-enabled');
    await waitUntil(popup, `document.documentElement.dataset.entityHighlight === 'off'`);
    await click(options, '#highlight-enabled');
    await options.evaluate(`(() => {
      const input = document.querySelector('#color-person');
      input.value = '#ff0000';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    await waitUntil(popup, `document.documentElement.style.getPropertyValue('--entity-person') === '#ff0000'`);
  });

  it('exports, resets and imports the settings, round trip', async () => {
    await options.evaluate(CAPTURE_DOWNLOAD);
    await click(options, '#export-settings');
    const saved = await waitUntil<{ name: string; text: string }>(options, 'window.__saved');
    expect(saved.name).toBe('lede-settings.json');
    const file = JSON.parse(saved.text);
    expect(file.format).toBe('lede-settings');
    expect(file.settings.theme).toBe('light');
    expect(file.settings.summaryLength).toBe('long');

    await click(options, '#reset-settings');
    await options.waitFor('#reset-confirm');
    await click(options, '#reset-confirm');
    await waitUntil(popup, `!document.documentElement.dataset.theme`);
    await waitUntil(popup, `document.querySelectorAll('#summary-list li').length === 3`);
    await waitUntil(popup, `${SECTION_ORDER} === 'article,summary,entities,sources'`);

    await pickFile(options, '#import-settings', saved.text);
    await waitUntil(popup, `document.documentElement.dataset.theme === 'light'`);
    await waitUntil(popup, `document.querySelectorAll('#summary-list li').length === 5`);
    await waitUntil(popup, `${SECTION_ORDER} === 'article,sources,summary,entities'`);
    await options.waitFor('#import-applied');
    expect(await options.text('#import-applied')).toMatch(/7/);
  });

  it('reports invalid values by setting and ignores unknown keys, keeping the rest', async () => {
    const file = {
      format: 'lede-settings',
      versions: {},
      settings: { theme: 'dark', summaryLength: 'epic', sparkles: true },
    };
    await pickFile(options, '#import-settings', JSON.stringify(file));
    await options.waitFor('#import-invalid');
    expect(await options.text('#import-invalid')).toMatch(/summary length/i);
    expect(await options.text('#import-ignored')).toContain('sparkles');
    await waitUntil(popup, `document.documentElement.dataset.theme === 'dark'`);
    expect(await popup.count('#summary-list li')).toBe(5);
    await pickFile(options, '#import-settings', 'this is not json');
    await waitUntil(options, `/not JSON/.test(document.querySelector('#settings-report').textContent)`);
    await options.screenshot(path.join(OUTPUT_DIR, `options-import-report-${name}.png`));
  });

  it('offers the browser’s way to change keyboard shortcuts', async () => {
    if (name === 'chromium') expect(await options.count('#open-shortcuts')).toBe(1);
    else expect(await options.text('#shortcuts-firefox')).toMatch(/Manage Extension Shortcuts/);
  });

  it('remembers a folded section the next time the popup opens', async () => {
    await click(popup, '[data-section="sources"] .section-toggle');
    await waitUntil(popup, `document.querySelector('#section-sources').hidden`);
    const tabId = new URL(await popup.evaluate<string>('location.href')).searchParams.get('tabId');
    const again = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await again.waitFor('#result', 30_000);
    await waitUntil(
      again,
      `document.querySelector('[data-section="sources"] .section-toggle').getAttribute('aria-expanded') === 'false'`,
    );
    await click(again, '[data-section="sources"] .section-toggle');
    await waitUntil(popup, `!document.querySelector('#section-sources').hidden`);
    await again.close();
  });

  it('changes settings from the popup’s own panel, and the options page follows', async () => {
    await click(popup, '#settings-toggle');
    await popup.waitFor('#settings-panel');
    await waitUntil(popup, `document.activeElement?.id === 'settings-panel-title'`);
    await click(popup, '#theme-system');
    await waitUntil(popup, `!document.documentElement.dataset.theme`);
    await waitUntil(options, `document.querySelector('#theme-system').checked`);
    await click(popup, '#summary-length-medium');
    await click(popup, '#settings-close');
    await waitUntil(popup, `document.querySelectorAll('#summary-list li').length === 3`);
    expect(await popup.evaluate<boolean>(`!document.querySelector('#settings-panel')`)).toBe(true);
  });
  it('credits the shipped data and code, with the license texts one click away', async () => {
    await options.waitFor('#credits');
    const credits = await options.evaluate<{ items: string[]; geonames: string; licenses: string }>(`(async () => {
      const items = [...document.querySelectorAll('#credits [data-credit]')].map((li) => li.dataset.credit);
      const geonames = document.querySelector('[data-credit="geonames"]').textContent;
      const href = document.querySelector('#credits-all-texts').href;
      const licenses = await fetch(href).then((r) => r.text());
      return { items, geonames, licenses };
    })()`);
    expect(credits.items).toEqual(expect.arrayContaining(['perennial', 'cred1', 'gum', 'wikigold', 'readability']));
    expect(credits.geonames).toContain('Contains city names from GeoNames');
    expect(credits.licenses).toContain('Apache License');
    expect(credits.licenses).toContain('CC BY-SA 3.0');
  });
});
