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
const READER_VIEWPORT = { width: 1280, height: 900 };

describe.each(BROWSERS)('reader view in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let reader: ExtensionPage;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
    const { tabId } = await browser.openTab(server.url(SEED_PATH));
    reader = await browser.openExtensionPage(`reader-view.html?tabId=${tabId}`, READER_VIEWPORT);
    await reader.waitFor('#reader-body p').catch(async (error) => {
      console.log(await reader.evaluate('document.body.innerText'));
      throw error;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the article read through analyzeTab, with its title and byline', async () => {
    expect(await reader.text('#article-title')).toBe('ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops');
    expect(await reader.text('#article-byline')).toContain('Saagar Enjeti');
    expect(await reader.count('#reader-body p')).toBeGreaterThanOrEqual(5);
    expect(await reader.text('#reader-body')).toContain('Soufan Group');
  });

  it('renders only sanitized markup: no scripts, handlers, styles or unsafe links', async () => {
    const unsafe = await reader.evaluate<number>(`(() => {
      const body = document.querySelector('#reader-body');
      const attrs = [...body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
      return body.querySelectorAll('script, style, iframe, form').length
        + attrs.filter((a) => a.startsWith('on') || a === 'style').length
        + [...body.querySelectorAll('a[href]')].filter((a) => !/^https?:/.test(a.href) || a.target !== '_blank' || !a.rel.includes('noopener')).length;
    })()`);
    expect(unsafe).toBe(0);
  });

  it('puts Lede’s panels beside the article, without a second article card', async () => {
    expect(await reader.count('#reader-panels [data-section="summary"]')).toBe(1);
    expect(await reader.count('#reader-panels [data-section="article"]')).toBe(0);
    expect(await reader.count('#reader-panels .chip')).toBeGreaterThan(3);
    expect(await reader.count('#summary-list li')).toBe(3);
  });

  it('moves through summary sentences with the arrow keys, one Tab stop for the list', async () => {
    expect(await reader.count('#summary-list .summary-sentence[tabindex="0"]')).toBe(1);
    const focused = await reader.evaluate<number>(`(() => {
      const items = [...document.querySelectorAll('#summary-list .summary-sentence')];
      items[0].focus();
      items[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      items[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      return items.indexOf(document.activeElement);
    })()`);
    expect(focused).toBe(2);
    expect(await reader.count('#summary-list .summary-sentence[tabindex="0"]')).toBe(1);
  });

  it('scrolls to a summary sentence in its own article column and marks it', async () => {
    await reader.evaluate(`document.querySelectorAll('#summary-list .summary-sentence')[2].click()`);
    await waitUntil(reader, `!window.CSS?.highlights || CSS.highlights.has('lede-focus')`);
  });

  it('is opened from the popup with the article’s tab id', async () => {
    const tabId = Number(new URL(await reader.evaluate<string>('location.href')).searchParams.get('tabId'));
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor('#result', 30_000);
    await popup.evaluate(`document.querySelector('#open-reader').click()`);
    const opened = await waitUntil<number>(
      popup,
      `(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        return tabs.filter((t) => (t.url ?? '').endsWith('/reader-view.html?tabId=${tabId}')).length > 1;
      })()`,
    );
    expect(opened).toBe(true);
    await popup.close();
  });

  it('exports the whole analysis as Markdown and JSON', async () => {
    await reader.evaluate(`(() => {
      window.__saved = [];
      HTMLAnchorElement.prototype.click = function () {
        const name = this.download;
        fetch(this.href).then((r) => r.text()).then((text) => window.__saved.push({ name, text }));
      };
      document.querySelector('#export-toggle').click();
      return true;
    })()`);
    await reader.waitFor('#export-menu:not([hidden])');
    await reader.evaluate(`document.querySelector('#export-save-markdown').click()`);
    await reader.evaluate(`document.querySelector('#export-toggle').click()`);
    await reader.evaluate(`document.querySelector('#export-save-json').click()`);
    const saved = await waitUntil<Array<{ name: string; text: string }>>(
      reader,
      `window.__saved.length === 2 && window.__saved`,
    );
    const markdown = saved.find((file) => file.name.endsWith('.md'));
    const json = saved.find((file) => file.name.endsWith('.json'));
    expect(markdown?.name).toMatch(/^isis-inaugurates-new-pakistani-chapter[a-z0-9-]*\.lede\.md$/);
    expect(markdown?.text).toMatch(/^# ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops\n/);
    expect(markdown?.text).toContain('## Summary');
    expect(markdown?.text).toContain('Islamic State');
    expect(markdown?.text).toContain('## Sources');
    expect(JSON.parse(json?.text ?? '{}').article.title).toBe(
      'ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops',
    );
  });

  it('mirrors the popup for a right-to-left interface language', async () => {
    const tabId = Number(new URL(await reader.evaluate<string>('location.href')).searchParams.get('tabId'));
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor('#result', 30_000);
    // What localizeDocument() does when the browser's language is Arabic or Hebrew.
    const mirrored = await popup.evaluate<boolean>(`(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
      const brand = document.querySelector('.brand').getBoundingClientRect();
      const actions = document.querySelector('.toolbar-actions').getBoundingClientRect();
      const toggle = document.querySelector('[data-section="summary"] .section-toggle');
      const chevron = toggle.querySelector('.chevron').getBoundingClientRect();
      const title = toggle.querySelector('.chevron + span').getBoundingClientRect();
      return brand.left > actions.right && chevron.left > title.right;
    })()`);
    expect(mirrored).toBe(true);
    await popup.screenshot(path.join(OUTPUT_DIR, `popup-ui-rtl-${name}.png`));
    await popup.close();
  });

  it('reads an Arabic article right to left', async () => {
    const { tabId } = await browser.openTab(server.url('/rtl-arabic/'));
    const rtl = await browser.openExtensionPage(`reader-view.html?tabId=${tabId}`, READER_VIEWPORT);
    await rtl.waitFor('#reader-body p', 30_000);
    expect(await rtl.evaluate<string>(`getComputedStyle(document.querySelector('#reader-article')).direction`)).toBe(
      'rtl',
    );
    expect(await rtl.text('#article-title')).toContain('مكتبة عامة جديدة');
    await rtl.screenshot(path.join(OUTPUT_DIR, `reader-rtl-${name}.png`));
    await rtl.close();

    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor('#result', 30_000).catch(async (error) => {
      console.log('POPUP', await popup.evaluate('document.body.innerText'));
      throw error;
    });
    expect(await popup.evaluate<string>(`getComputedStyle(document.querySelector('#article-title')).direction`)).toBe(
      'rtl',
    );
    await popup.screenshot(path.join(OUTPUT_DIR, `popup-rtl-${name}.png`));
    await popup.close();
  });
});
