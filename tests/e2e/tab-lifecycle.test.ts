import { describe, expect, it } from 'vitest';
import { type BrowserName, waitUntil } from './support/browsers';
import {
  HUGE_PAGE_PATH,
  INFINITE_SCROLL_PATH,
  LONG_ARTICLE_PATH,
  SEED_PATH,
  STALLED_PAGE_PATH,
} from './support/server';
import { useBrowserSession } from './support/session';

/** The popup when the tab it reads closes, navigates or outlives its page (issue #9). */

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FINISHED = '#result, #error, #restricted';

describe.each(BROWSERS)('popup and a changing tab in %s', (name) => {
  const session = useBrowserSession(name);

  it('leaves the loading state with a plain message when the tab closes while Lede reads it', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(STALLED_PAGE_PATH), { loaded: false });
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await page.close();
    await popup.waitFor(FINISHED, 25_000);
    // Either the reader got the part that had arrived, or the popup says the tab is gone; never a hang.
    if ((await popup.count('#error')) > 0) expect(await popup.text('#error')).toMatch(/closed or changed/i);
    else expect(await popup.count('#result')).toBe(1);
    await popup.close();
  });

  it('says the tab changed when it navigates away while Lede reads it', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(STALLED_PAGE_PATH), { loaded: false });
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await page
      .evaluate(`location.href = ${JSON.stringify(session.server.url(LONG_ARTICLE_PATH))}; true`)
      .catch(() => undefined);
    await popup.waitFor(FINISHED, 25_000);
    if ((await popup.count('#error')) > 0) expect(await popup.text('#error')).toMatch(/closed or changed/i);
    else expect(await popup.count('#result')).toBe(1);
    await popup.close();
    await page.close();
  });

  it('stays usable after the tab it read is closed', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(SEED_PATH));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor('#result');
    await page.close();
    // Showing a sentence in a page that is gone must fail quietly, leaving the analysis in place.
    await popup.evaluate(`document.querySelector('.summary-sentence').click(); true`);
    await popup.evaluate(`document.querySelector('.chip')?.click(); true`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await popup.count('#result')).toBe(1);
    expect(await popup.count('#error')).toBe(0);
    expect(await popup.text('#article-title')).toContain('ISIS');
    expect(popup.dialogs()).toBe(0);
    await popup.close();
    // Opening Lede again for the closed tab gives the plain message, not a crash.
    const again = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await again.waitFor(FINISHED, 20_000);
    expect(await again.text('#error')).toMatch(/closed or changed/i);
    await again.close();
  });

  /** Unloads a tab as the browser does under memory pressure; Chrome gives it a new id, which is returned. */
  async function discardTab(tabId: number): Promise<number> {
    const extensionPage = await session.browser.openExtensionPage('options.html');
    const newId = await extensionPage.evaluate<number>(
      `(globalThis.browser ?? chrome).tabs.discard(${tabId}).then((tab) => tab?.id ?? ${tabId})`,
    );
    await extensionPage.close();
    return newId;
  }

  it('offers to reload a tab the browser unloaded to save memory, then reads it', async () => {
    const { tabId } = await session.browser.openTab(session.server.url(SEED_PATH));
    // A tab in view is never unloaded: another page takes the front first.
    const front = await session.browser.openTab(session.server.url('/plain-article/'));
    const unloadedId = await discardTab(tabId);
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${unloadedId}`);
    await popup.waitFor(FINISHED, 20_000);
    expect(await popup.text('#error')).toMatch(/unloaded this tab to save memory/i);
    await popup.click('#reload-tab');
    await popup.waitFor('#result', 30_000);
    expect(await popup.text('#article-title')).toContain('ISIS');
    expect(popup.dialogs()).toBe(0);
    await popup.close();
    await front.page.close();
  });

  it('says the tab was unloaded, not that it failed, when the browser unloads it while Lede reads it', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(STALLED_PAGE_PATH), { loaded: false });
    const front = await session.browser.openTab(session.server.url('/plain-article/'));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await discardTab(tabId);
    await popup.waitFor(FINISHED, 25_000);
    // The reader may have read the part that had arrived before the tab was unloaded; otherwise it
    // says so and offers the reload.
    if ((await popup.count('#error')) > 0) {
      expect(await popup.text('#error')).toMatch(/unloaded this tab to save memory/i);
      expect(await popup.count('#reload-tab')).toBe(1);
    } else expect(await popup.count('#result')).toBe(1);
    await popup.close();
    await front.page.close();
    await page.close().catch(() => undefined);
  });

  it('reads the current story of a single-page app after history navigation', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url('/spa/'));
    const first = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await first.waitFor('#result');
    expect(await first.text('#article-title')).toBe('Valley farmers brace for a late frost');
    await first.close();
    await page.evaluate(`window.openStory('second-story'); true`);
    const second = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await second.waitFor('#result');
    expect(await second.text('#article-title')).toBe('River ferry returns after two years of repairs');
    expect(await second.text('#article-byline')).toContain('Kofi Mensah');
    expect(await second.text('#result')).not.toContain('frost');
    await second.close();
    await page.close();
  });

  it('reads the story in view on an endless page, not the stories added below it', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(INFINITE_SCROLL_PATH));
    // Scrolling to the end adds the next story; twice gives three stories on the page.
    for (let stories = 1; stories < 3; stories++) {
      await page.evaluate('window.scrollTo(0, document.body.scrollHeight); true');
      await waitUntil(page, `document.querySelectorAll('article.story').length > ${stories}`);
    }
    const readStory = async () => {
      const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor('#result');
      const shown = { title: await popup.text('#article-title'), result: await popup.text('#result') };
      await popup.close();
      return shown;
    };
    // Back at the top, the address is the first story's again: Lede reads that one alone.
    await page.evaluate('window.scrollTo(0, 0); true');
    await waitUntil(page, `location.pathname === ${JSON.stringify(INFINITE_SCROLL_PATH)}`);
    const first = await readStory();
    expect(first.title).toBe('Harbor council approves sea wall after decade of floods');
    expect(first.result).toContain('Ruth Abernathy');
    expect(first.result).not.toMatch(/Solberg|Hartmann|lighthouse|ferry/i);
    // Scrolled on to the third story, the page has retitled the tab: Lede reads the third story.
    await page.evaluate(`document.querySelectorAll('article.story')[2].scrollIntoView(); true`);
    await waitUntil(page, `location.pathname === '/infinite/ferry-fares'`);
    const third = await readStory();
    expect(third.title).toBe('Island ferry fares to rise by a fifth in January');
    expect(third.result).toContain('Priya Raman');
    expect(third.result).not.toMatch(/Abernathy|Solberg|sea wall|lighthouse/i);
    await page.close();
  });

  // Chromium only: in Firefox, Puppeteer cannot open the extension page while another tab's page is busy
  // (its navigation waits for that page), so the popup would only appear once the page is free again.
  if (name === 'chromium') {
    it('says what may hold up a page that does not answer, then reads it once it does', async () => {
      // A tab whose page is busy (a dialog open, a long script) cannot run the reader script until it is
      // free. The page runs a script for 8 seconds, starting just before the popup opens.
      const { tabId, page } = await session.browser.openTab(session.server.url('/plain-article/'));
      await page.evaluate(`setTimeout(() => { const end = Date.now() + 8000; while (Date.now() < end) {} }, 50); true`);
      const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor('#loading-slow', 7_000);
      expect(await popup.count('#result')).toBe(0);
      expect(await popup.text('#loading')).toMatch(/dialog/i);
      await popup.waitFor('#result', 25_000);
      expect(await popup.count('#loading-slow')).toBe(0);
      await popup.close();
      await page.close();
    });
  }

  it('reads a 10,000-word article', async () => {
    const { tabId } = await session.browser.openTab(session.server.url(LONG_ARTICLE_PATH));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(FINISHED, 30_000);
    expect(await popup.count('#result')).toBe(1);
    expect(await popup.text('#article-title')).toBe('City weighs the cost of a decade of plans');
    expect(await popup.count('.summary-sentence')).toBeGreaterThanOrEqual(2);
    await popup.close();
  });

  it('reads the start of a 20 MB page and says it read only part of it', async () => {
    const { tabId, page } = await session.browser.openTab(session.server.url(HUGE_PAGE_PATH));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(FINISHED, 90_000);
    expect(await popup.count('#result')).toBe(1);
    expect(await popup.text('#article-title')).toBe('City weighs the cost of a decade of plans');
    expect(await popup.text('.signals')).toMatch(/very large/i);
    await popup.close();
    await page.close();
  }, 180_000);
});
