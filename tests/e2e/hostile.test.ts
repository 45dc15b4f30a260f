import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type ExtensionBrowser, type ExtensionPage, launchBrowser } from './support/browsers';
import { type HostileSlug, hostilePath, type PageServer, PWNED_PATH, startPageServer } from './support/server';

/**
 * Hostile pages (tests/fixtures/hostile/) read end to end by the popup, the reader view and the lookup
 * card. Payloads sit in every field Lede reads; if any of them ran in an extension page or in the card,
 * it would set `window.__pwned`, open a dialog or call the local server under /pwned. Text payloads
 * (`/pwned/text-…`) are inert text in the page itself, so any request for them means something turned
 * text into HTML. Live payloads (`/pwned/live-…`) run in the page's own world, where they belong, and
 * report the protocol of the document that ran them.
 */

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FINISHED = '#result, #error, #restricted';
const READER_VIEWPORT = { width: 1280, height: 900 };

interface HostileCase {
  slug: HostileSlug;
  title: string;
  author: string;
  /** A phrase of the body the reader view must show. */
  phrase: string;
  /** A name to look up through the card. */
  name: string;
  /** True when the page carries live payloads that must have fired in the page itself. */
  live: boolean;
}

const CASES: HostileCase[] = [
  {
    slug: 'script-payloads',
    title: 'Harbour council approves sea wall repairs',
    author: 'Marta Quiroga',
    phrase: 'concrete toe and a higher parapet',
    name: 'Elena Varga',
    live: true,
  },
  {
    slug: 'svg-mathml',
    title: 'Tide gauges show record surge along the north quay',
    author: 'Jonas Ekwueme',
    phrase: '4.2 metres above chart datum',
    name: 'Pieter Alvarez',
    live: true,
  },
  {
    slug: 'tampered-prototypes',
    title: 'Ferry service to the islands resumes after winter pause',
    author: 'Ingrid Solheim',
    phrase: 'uses a fifth less fuel',
    name: 'Tomas Berg',
    live: false,
  },
  {
    slug: 'fake-messages',
    title: "Lighthouse keeper's cottage opens as a museum",
    author: 'Amara Okafor',
    phrase: 'brass foghorn',
    name: 'Nils Haugen',
    live: false,
  },
];

/**
 * Lists what must never appear in Lede's DOM under `root`: foreign scripts, frames and plugins, event
 * handler attributes, and links or sources with a script or data scheme.
 */
const unsafeMarkup = (rootExpression: string) => `((scope) => {
  if (!scope) return ['no root'];
  const found = [];
  const ownScript = (el) => el.src !== '' && el.src.startsWith(location.origin + '/') && location.protocol !== 'http:';
  const scripted = /^\\s*(javascript|vbscript):/i;
  for (const el of scope.querySelectorAll('*')) {
    const tag = el.localName;
    if (tag === 'script' && !ownScript(el)) found.push('script');
    if (['iframe', 'frame', 'object', 'embed', 'base', 'math'].includes(tag)) found.push(tag);
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\u0000-\\u0020]/g, '');
      if (/^on/i.test(attr.name)) found.push(tag + '[' + attr.name + ']');
      if (attr.name === 'srcdoc') found.push(tag + '[srcdoc]');
      if (['href', 'xlink:href', 'src', 'action', 'formaction', 'data'].includes(attr.name) && scripted.test(value))
        found.push(tag + '[' + attr.name + '=' + attr.value.slice(0, 30) + ']');
      if (['href', 'xlink:href', 'action', 'formaction'].includes(attr.name) && /^data:/i.test(value))
        found.push(tag + '[' + attr.name + '=data:]');
    }
    if (tag === 'a' && el.href && !/^(https?|mailto):$/.test(new URL(el.href, location.href).protocol))
      found.push('a[href=' + el.href.slice(0, 30) + ']');
  }
  return found;
})(${rootExpression})`;

/** What an extension page must look like after reading a hostile page. */
async function expectUntouched(page: ExtensionPage): Promise<void> {
  expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
  expect(await page.evaluate<string[]>(unsafeMarkup('document'))).toEqual([]);
  expect(page.dialogs()).toBe(0);
}

interface CardState {
  present: boolean;
  title?: string;
  unsafe?: string[];
}

const CARD_STATE = `(() => {
  const host = document.querySelector('lede-lookup-card');
  if (!host || !host.shadowRoot) return { present: false };
  const root = host.shadowRoot;
  return { present: true, title: root.querySelector('.lk-title')?.textContent, unsafe: ${unsafeMarkup('root')} };
})()`;

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let control: ExtensionPage;

  /** Asks the background to look up in a tab, as the context-menu click does (see lookup.test.ts). */
  const lookup = async (tabId: number, data: { text?: string; linkUrl?: string }) => {
    const send = `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ lede: 1, type: 'lookupInTab', data: { tabId, ...data } })})`;
    for (let attempt = 0; ; attempt++) {
      try {
        return await control.evaluate<{ shown: boolean; reason?: string }>(send);
      } catch (error) {
        if (attempt >= 3 || !/receiving end does not exist/i.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };

  /** Waits for a card whose title starts with `title`. */
  const waitForCard = async (page: ExtensionPage, title: string): Promise<CardState> => {
    const until = Date.now() + 15_000;
    let state = await page.evaluate<CardState>(CARD_STATE);
    while (!(state.present && state.title?.startsWith(title)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await page.evaluate<CardState>(CARD_STATE);
    }
    return state;
  };

  const closeCard = (page: ExtensionPage) =>
    page.evaluate(
      `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))`,
    );

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
    control = await browser.openExtensionPage('lookup-permission.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(CASES)('$slug: runs no payload in the popup, the reader view or the card, and reads it right', async (c) => {
    const firstRequest = server.requests.length;
    const article = await browser.openTab(server.url(hostilePath(c.slug)));

    const popup = await browser.openExtensionPage(`popup.html?tabId=${article.tabId}`);
    await popup.waitFor(FINISHED, 30_000);
    // The error's own words make a failure readable.
    expect((await popup.count('#error')) > 0 ? await popup.text('#error') : '').toBe('');
    expect(await popup.text('#article-title')).toContain(c.title);
    expect(await popup.text('#article-title')).not.toMatch(/PWNED|FAKE/);
    expect(await popup.text('#article-byline')).toContain(c.author);
    await expectUntouched(popup);
    await popup.close();

    const reader = await browser.openExtensionPage(`reader-view.html?tabId=${article.tabId}`, READER_VIEWPORT);
    await reader.waitFor('#reader-body p', 30_000);
    expect(await reader.text('#article-title')).toContain(c.title);
    expect(await reader.text('#reader-body')).toContain(c.phrase);
    await expectUntouched(reader);
    await reader.close();

    expect(await lookup(article.tabId, { text: c.name })).toEqual({ shown: true });
    const card = await waitForCard(article.page, c.name);
    expect(card.present).toBe(true);
    expect(card.unsafe).toEqual([]);
    await closeCard(article.page);

    if (c.slug === 'script-payloads') {
      // Markup as the selection, and a script link as the link looked up: both shown as text only.
      const markup = `<img src=${server.origin}${PWNED_PATH}/text-lookup onerror=alert(1)>`;
      expect(await lookup(article.tabId, { text: markup })).toEqual({ shown: true });
      const shown = await waitForCard(article.page, '<img src=');
      expect(shown.title).toContain(`${PWNED_PATH}/text-lookup`);
      expect(shown.unsafe).toEqual([]);
      await closeCard(article.page);
      expect(await lookup(article.tabId, { text: 'harbour master', linkUrl: 'vbscript:msgbox(1)' })).toEqual({
        shown: true,
      });
      expect((await waitForCard(article.page, 'harbour master')).unsafe).toEqual([]);
      await closeCard(article.page);
    }
    if (c.slug === 'tampered-prototypes') {
      // The page really did replace the built-ins it was read with.
      expect(await article.page.evaluate<boolean>('Array.prototype.map.toString().includes("fromExtension")')).toBe(
        true,
      );
    }

    // Stray payload requests arrive asynchronously: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const pwned = server.requests.slice(firstRequest).filter((request) => request.startsWith(PWNED_PATH));
    const fromPageItself = (request: string) =>
      /^\/pwned\/live-[\w-]+\?from=http:$/.test(request) && !/extension/.test(request);
    expect(pwned.filter((request) => !fromPageItself(request))).toEqual([]);
    // The page's own payloads are live (so a broken fixture can't make this test pass).
    if (c.live) expect(pwned.length).toBeGreaterThan(0);
    expect(article.page.dialogs()).toBe(0);
    await article.page.close();
  });
});
