import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  type ExtensionPage,
  launchBrowser,
  OUTPUT_DIR,
} from './support/browsers';
import { ENCYCLOPEDIA_PATH, type PageServer, SEED_PATH, startPageServer } from './support/server';

/**
 * The context-menu lookup, driven through `lookupInTab`: the message the background handles with the
 * same function its context-menu and keyboard-command listeners call (native menus can't be clicked
 * headless). The end-to-end build opens the card's shadow root so the card can be read here.
 */

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const INTERNAL_PAGE: Record<BrowserName, string> = { chromium: 'chrome://version/', firefox: 'about:robots' };
const SOUFAN_LINK = 'http://www.soufangroup.com/tsc-intelbrief-the-islamic-state-in-pakistan/';

/** Selects the first occurrence of `text` in the page's body. */
const selectSource = (text: string) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(text)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${text.length});
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }
  return '';
})()`;

/** A snapshot of the card, read through its (end-to-end only) open shadow root. */
interface CardState {
  present: boolean;
  title?: string;
  type?: string;
  count?: string;
  descriptions?: string[];
  occurrences?: number;
  focusInside?: boolean;
  encyclopediaStatus?: string;
  encyclopediaText?: string;
  elementsFromResponse?: number;
  images?: number;
  box?: { left: number; top: number; right: number; bottom: number };
}

const CARD_STATE = `(() => {
  const host = document.querySelector('lede-lookup-card');
  if (!host) return { present: false };
  const root = host.shadowRoot;
  const q = (s) => root.querySelector(s);
  const card = q('.lk-card').getBoundingClientRect();
  const ency = q('.lk-ency-body');
  return {
    present: true,
    title: q('.lk-title')?.textContent,
    type: q('.lk-type')?.textContent,
    count: q('.lk-occurrences')?.dataset.count,
    descriptions: [...root.querySelectorAll('.lk-description')].map((li) => li.textContent),
    occurrences: root.querySelectorAll('.lk-occurrence').length,
    focusInside: document.activeElement === host && root.activeElement !== null,
    encyclopediaStatus: ency?.dataset.status,
    encyclopediaText: ency?.textContent,
    elementsFromResponse: ency ? ency.querySelectorAll('script, b, p > img[onerror], [onerror], [onmouseover]').length : -1,
    images: ency ? ency.querySelectorAll('img').length : -1,
    box: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
  };
})()`;

describe.each(BROWSERS)('lookup in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let control: ExtensionPage;
  let article: { tabId: number; page: ExtensionPage };

  /** Asks the background to look up in the article tab, exactly as the menu click would. */
  // Firefox may be unloading its idle event page when a message arrives (the about: tab takes ~30 s to
  // open under BiDi): the message is then refused, and a later send wakes the page again.
  const lookup = async (
    data: { text?: string; linkUrl?: string },
    tabId = article.tabId,
    from = control,
  ): Promise<{ shown: boolean; reason?: string }> => {
    const send = `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ lede: 1, type: 'lookupInTab', data: { tabId, ...data } })})`;
    for (let attempt = 0; ; attempt++) {
      try {
        return await from.evaluate<{ shown: boolean; reason?: string }>(send);
      } catch (error) {
        if (attempt >= 3 || !/receiving end does not exist/i.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  const card = () => article.page.evaluate<CardState>(CARD_STATE);
  const waitForCard = async (predicate: (state: CardState) => boolean, timeoutMs = 15_000): Promise<CardState> => {
    const until = Date.now() + timeoutMs;
    let state = await card();
    while (!predicate(state) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await card();
    }
    return state;
  };
  const setNetwork = (value: unknown) =>
    control.evaluate(
      `(globalThis.browser ?? globalThis.chrome).storage.sync.set({ networkLookups: ${JSON.stringify(value)} })`,
    );
  const pressEscape = () =>
    article.page.evaluate(
      `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))`,
    );
  const askEncyclopedia = async (text: string): Promise<CardState> => {
    expect(await lookup({ text })).toEqual({ shown: true });
    await article.page.evaluate(
      `document.querySelector('lede-lookup-card').shadowRoot.querySelector('.lk-ency-body .lk-button').click()`,
    );
    return waitForCard((state) => state.encyclopediaStatus !== 'loading', 20_000);
  };

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
    // An extension page to send from; it shows only a harmless "invalid request" line without ?origin.
    control = await browser.openExtensionPage('lookup-permission.html');
    article = await browser.openTab(server.url(SEED_PATH));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers the context-menu items and the keyboard command', async () => {
    const api = '(globalThis.browser ?? globalThis.chrome)';
    // update() rejects for a menu item that does not exist.
    for (const id of ['lede-lookup-selection', 'lede-lookup-link']) {
      expect(await control.evaluate(`${api}.contextMenus.update('${id}', {}).then(() => 'ok', (e) => e.message)`)).toBe(
        'ok',
      );
    }
    expect(
      await control.evaluate(`${api}.contextMenus.update('no-such-item', {}).then(() => 'ok', () => 'missing')`),
    ).toBe('missing');
    const commands = await control.evaluate<Array<{ name: string; shortcut?: string }>>(`${api}.commands.getAll()`);
    expect(commands.find((command) => command.name === 'lookup-selection')?.shortcut).toMatch(/L$/);
  });

  it('shows what the article says about the selected name next to it, and Escape closes it', async () => {
    expect(await article.page.evaluate<string>(selectSource('Soufan Group'))).toBe('Soufan Group');
    // No text: the background reads the selection, as for the keyboard command.
    expect(await lookup({})).toEqual({ shown: true });
    const state = await waitForCard((s) => s.present);
    expect(state.title).toBe('Soufan Group');
    expect(state.type).toBe('Organization');
    expect(state.count).toBe('2');
    expect(state.occurrences).toBe(2);
    expect(state.descriptions).toContain('U.S. security advisory firm');
    expect(state.focusInside).toBe(true);
    const viewport = await article.page.evaluate<{ w: number; h: number }>('({ w: innerWidth, h: innerHeight })');
    expect(state.box?.left).toBeGreaterThanOrEqual(0);
    expect(state.box?.right).toBeLessThanOrEqual(viewport.w);
    expect(state.box?.top).toBeGreaterThanOrEqual(0);
    expect(state.box?.bottom).toBeLessThanOrEqual(viewport.h);
    // Next to the selection: touching it from below or above, not somewhere else on the page.
    const selection = await article.page.evaluate<{ top: number; bottom: number }>(
      `(() => { const r = getSelection().getRangeAt(0).getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()`,
    );
    const gap = Math.min(
      Math.abs((state.box?.top ?? 0) - selection.bottom),
      Math.abs(selection.top - (state.box?.bottom ?? 0)),
    );
    expect(gap).toBeLessThan(20);
    expect(state.encyclopediaStatus).toBe('disabled');
    await article.page.screenshot(path.join(OUTPUT_DIR, `lookup-card-${name}.png`));

    await pressEscape();
    expect((await waitForCard((s) => !s.present, 5_000)).present).toBe(false);
    // The selection comes back with the focus.
    expect(await article.page.evaluate<string>('getSelection().toString()')).toBe('Soufan Group');
  });

  it('looks up a link by its text and target, and closes on a click outside', async () => {
    await article.page.evaluate('getSelection().removeAllRanges()');
    expect(await lookup({ linkUrl: SOUFAN_LINK })).toEqual({ shown: true });
    const state = await waitForCard((s) => s.present);
    expect(state.title).toBe('The Soufan Group');
    expect(state.type).toBe('Organization');
    expect(
      await article.page.evaluate<string>(
        `document.querySelector('lede-lookup-card').shadowRoot.querySelector('.lk-line a').href`,
      ),
    ).toBe(SOUFAN_LINK);
    await article.page.evaluate(
      `document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }))`,
    );
    expect((await waitForCard((s) => !s.present, 5_000)).present).toBe(false);
  });

  it('says when a word is not in the article', async () => {
    expect(await lookup({ text: 'zeppelin' })).toEqual({ shown: true });
    const state = await waitForCard((s) => s.present && s.title === 'zeppelin');
    expect(state.count).toBe('0');
    expect(state.type).toBeUndefined();
    await pressEscape();
  });

  it('asks for the encyclopedia host before any request, and renders an answer as text only', async () => {
    await setNetwork({
      enabled: true,
      baseUrl: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/',
      language: 'auto',
    });
    let state = await askEncyclopedia('Soufan Group');
    expect(state.encyclopediaStatus).toBe('permission-needed');
    expect(state.encyclopediaText).toContain('en.wikipedia.org');
    // The card can't ask the browser itself: its button opens Lede's permission page for that host.
    await article.page.evaluate(
      `document.querySelector('lede-lookup-card').shadowRoot.querySelector('.lk-ency-body .lk-button').click()`,
    );
    const permissionPage = `${await control.evaluate<string>(`(globalThis.browser ?? globalThis.chrome).runtime.getURL('/lookup-permission.html')`)}?origin=${encodeURIComponent('https://en.wikipedia.org/*')}`;
    const findPermissionTab = `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(permissionPage)})?.id ?? -1)`;
    let permissionTab = -1;
    for (let i = 0; i < 50 && permissionTab < 0; i++) {
      permissionTab = await control.evaluate<number>(findPermissionTab);
      if (permissionTab < 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(permissionTab).toBeGreaterThanOrEqual(0);
    await control.evaluate(`(globalThis.browser ?? globalThis.chrome).tabs.remove(${permissionTab})`);
    await pressEscape();

    await setNetwork({ enabled: true, baseUrl: `${server.origin}${ENCYCLOPEDIA_PATH}`, language: 'auto' });
    state = await askEncyclopedia('Soufan Group');
    expect(state.encyclopediaStatus).toBe('ok');
    expect(state.encyclopediaText).toContain('security intelligence consultancy');
    expect(state.encyclopediaText).toContain('<script>');
    expect(state.elementsFromResponse).toBe(0);
    expect(state.images).toBe(0); // the thumbnail was not an https address
    expect(await article.page.evaluate('window.__pwned === true')).toBe(false);
    // Bring the answer into the card's view for the screenshot.
    await article.page.evaluate(
      `(() => { const card = document.querySelector('lede-lookup-card').shadowRoot.querySelector('.lk-card'); card.scrollTop = card.scrollHeight; })()`,
    );
    await article.page.screenshot(path.join(OUTPUT_DIR, `lookup-card-encyclopedia-${name}.png`));
    await pressEscape();
  });

  it('gives a clear line for a missing page, malformed JSON and a slow answer', async () => {
    await setNetwork({ enabled: true, baseUrl: `${server.origin}${ENCYCLOPEDIA_PATH}`, language: 'auto' });
    const missing = await askEncyclopedia('Pakistan');
    expect(missing.encyclopediaStatus).toBe('not-found');
    expect(missing.encyclopediaText).toMatch(/no article/i);
    await pressEscape();

    const malformed = await askEncyclopedia('Libya');
    expect(malformed.encyclopediaStatus).toBe('bad-response');
    expect(malformed.encyclopediaText).toMatch(/couldn.t be read/i);
    await pressEscape();

    const started = Date.now();
    const slow = await askEncyclopedia('Afghanistan');
    expect(slow.encyclopediaStatus).toBe('timeout');
    expect(slow.encyclopediaText).toMatch(/didn.t answer in time/i);
    expect(Date.now() - started).toBeLessThan(12_000);
    await pressEscape();
    await setNetwork({
      enabled: false,
      baseUrl: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/',
      language: 'auto',
    });
  });

  it('finds the same information from the popup’s search box', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${article.tabId}`);
    await popup.waitFor('#lookup-query', 30_000);
    await popup.evaluate(`(() => {
      const input = document.querySelector('#lookup-query');
      input.value = 'ISIS';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
    })()`);
    await popup.waitFor('#lookup-result .lk-occurrences');
    expect(await popup.text('#lookup-result .lk-type')).toBe('Organization');
    expect(await popup.text('#lookup-result .lk-merged')).toContain('Islamic State');
    const count = Number(
      await popup.evaluate<string>(`document.querySelector('#lookup-result .lk-occurrences').dataset.count`),
    );
    expect(count).toBe(await popup.count('#lookup-result .lk-occurrence'));
    expect(count).toBeGreaterThanOrEqual(5);
    await popup.screenshot(path.join(OUTPUT_DIR, `lookup-popup-${name}.png`));
    await popup.close();
  });

  it('explains on the toolbar button why nothing can be looked up on a browser page', async () => {
    const internal = await browser.openTab(INTERNAL_PAGE[name]);
    const sender = await browser.openExtensionPage('lookup-permission.html');
    const reply = await lookup({ text: 'anything' }, internal.tabId, sender);
    expect(reply).toEqual({ shown: false, reason: 'browser-page' });
    const title = await sender.evaluate<string>(
      `(globalThis.browser ?? globalThis.chrome).action.getTitle({ tabId: ${internal.tabId} })`,
    );
    expect(title).toMatch(/can.t look things up here/i);
    await sender.close();
    await internal.page.close();
  });
});
