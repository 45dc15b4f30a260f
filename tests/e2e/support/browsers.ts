import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

/**
 * Drives the built extension in real browsers: Debian's Chromium through playwright-core with
 * --load-extension, and Firefox ESR through puppeteer-core over WebDriver BiDi with installExtension.
 * Both expose the same small interface so one test file covers both browsers.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionPage {
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
  click(selector: string): Promise<void>;
  evaluate<T>(source: string): Promise<T>;
  screenshot(file: string): Promise<void>;
  /** How many alert, confirm or prompt dialogs the page opened (each is dismissed). */
  dialogs(): number;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /**
   * Opens a page in a new tab and returns the extension's id for that tab. By default it waits for the
   * page to load; `{ loaded: false }` returns as soon as the tab shows the address (a page still loading).
   */
  openTab(url: string, options?: { loaded?: boolean }): Promise<{ tabId: number; page: ExtensionPage }>;
  /** Opens one of Lede's pages (e.g. `popup.html?tabId=3`) as a tab. */
  openExtensionPage(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<ExtensionPage>;
  /**
   * Chromium only: stops Lede's background service worker, as the browser does after 30 idle seconds, so
   * that the next message starts it afresh. Tab lookups through the worker do not work afterwards.
   */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
export const extensionDir = (name: BrowserName): string =>
  path.join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3-e2e' : 'firefox-mv3-e2e');

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const FIREFOX_ADDON_ID = 'lede@lede-reader.org';
const FIREFOX_UUID = '5f0c1b9e-7a3d-4e21-9c55-1e2d3c4b5a69';

const POPUP_VIEWPORT = { width: 400, height: 600 };

/** JavaScript run inside an extension page: the id of the tab showing `url`. */
const findTabSource = (url: string): string =>
  `(async () => { const api = globalThis.browser ?? globalThis.chrome;
     const tabs = await api.tabs.query({});
     const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
     return tab ? tab.id : -1; })()`;

/**
 * The id of the tab showing `url`, or -1 after ten seconds. Polls: right after a navigation starts or
 * commits, tabs.query may still report the tab's previous URL.
 */
async function findTabId(url: string, evaluate: (source: string) => Promise<number>): Promise<number> {
  for (let tries = 0; tries < 50; tries++) {
    const tabId = await evaluate(findTabSource(url));
    if (tabId >= 0) return tabId;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return -1;
}

function wrapPlaywright(page: PlaywrightPage): ExtensionPage {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    dialogs: () => dialogs,
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    // biome-ignore lint/performance/useDomNodeTextContent: tests read the text a person sees
    text: async (selector) => (await page.locator(selector).first().innerText()).trim(),
    count: (selector) => page.locator(selector).count(),
    click: (selector) => page.locator(selector).first().click(),
    evaluate: <T>(source: string) => page.evaluate(source) as Promise<T>,
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<ExtensionBrowser> {
  const extension = extensionDir('chromium');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
    timeout: 60_000,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const openExtensionPage = async (pathAndQuery: string, viewport = POPUP_VIEWPORT) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
    return wrapPlaywright(page);
  };
  return {
    name: 'chromium',
    openExtensionPage,
    async openTab(url, { loaded = true } = {}) {
      const page = await context.newPage();
      // A 20 MB page takes Chromium about 20 s to load on a busy two-core machine: more than the default 30 s
      // leaves room for.
      await page.goto(url, { waitUntil: loaded ? 'load' : 'commit', timeout: 90_000 });
      const tabId = await findTabId(url, async (source) => (await worker.evaluate(source)) as number);
      if (tabId < 0) throw new Error(`Chromium: no tab found for ${url}`);
      await page.bringToFront();
      return { tabId, page: wrapPlaywright(page) };
    },
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrapPuppeteer(page: PuppeteerPage): ExtensionPage {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    dialogs: () => dialogs,
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    // biome-ignore lint/performance/useDomNodeTextContent: tests read the text a person sees
    text: (selector) => page.$eval(selector, (element) => (element as HTMLElement).innerText.trim()),
    count: async (selector) => (await page.$$(selector)).length,
    click: (selector) => page.click(selector),
    evaluate: <T>(source: string) => page.evaluate(source) as Promise<T>,
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/**
 * Puppeteer's BiDi goto() never sees a moz-extension:// navigation complete, though the page loads:
 * start it, tolerate the timeout, then wait for the location inside the page.
 */
async function gotoExtensionPage(page: PuppeteerPage, target: string): Promise<void> {
  await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 2_000 }).catch((error: Error) => {
    if (!/timeout/i.test(error.message)) throw error;
  });
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { timeout: 15_000 },
    target,
  );
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    timeout: 90_000,
    // Lets BiDi navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins the moz-extension://<uuid>/ origin so tests can open Lede's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(extensionDir('firefox'));
  const openExtensionPage = async (pathAndQuery: string, viewport = POPUP_VIEWPORT) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await gotoExtensionPage(page, `moz-extension://${FIREFOX_UUID}/${pathAndQuery}`);
    return wrapPuppeteer(page);
  };
  return {
    name: 'firefox',
    openExtensionPage,
    async openTab(url, { loaded = true } = {}) {
      const page = await browser.newPage();
      const navigation = page.goto(url).catch(() => undefined);
      if (loaded) await navigation;
      const probe = await openExtensionPage('popup.html?tabId=-1');
      const tabId = await findTabId(url, (source) => probe.evaluate<number>(source));
      await probe.close();
      if (tabId < 0) throw new Error(`Firefox: no tab found for ${url}`);
      await page.bringToFront();
      return { tabId, page: wrapPuppeteer(page) };
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

export function launchBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/** Polls `expression` inside the page until it is truthy; returns its value. */
export async function waitUntil<T>(page: ExtensionPage, expression: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await page.evaluate<unknown>(expression).catch(() => undefined);
    if (last) return last as T;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${expression} (last value: ${JSON.stringify(last)})`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Injects axe-core into the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: ExtensionPage): Promise<AxeViolation[]> {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(AXE_SOURCE_PATH, 'utf8');
  await page.evaluate(`(() => { if (!window.axe) { ${source}\n } return true; })()`);
  const json = await page.evaluate<string>(
    `(async () => {
       const result = await window.axe.run(document, { resultTypes: ['violations'] });
       return JSON.stringify(result.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
       })));
     })()`,
  );
  return (JSON.parse(json) as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
