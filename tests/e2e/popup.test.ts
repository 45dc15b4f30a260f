import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BrowserName, OUTPUT_DIR } from './support/browsers';
import { SEED_PATH } from './support/server';
import { useBrowserSession } from './support/session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FINISHED = '#result, #error, #restricted';

/** A browser-internal page each browser refuses to let extensions read. */
const INTERNAL_PAGE: Record<BrowserName, string> = {
  chromium: 'chrome://version/',
  firefox: 'about:robots',
};

describe.each(BROWSERS)('popup in %s', (name) => {
  const session = useBrowserSession(name);

  it('shows the reference article with its title, author, role, publisher and date', async () => {
    const { tabId } = await session.browser.openTab(session.server.url(SEED_PATH));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(FINISHED);
    expect(await popup.count('#error')).toBe(0);
    expect(await popup.text('#article-title')).toBe('ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops');
    const byline = await popup.text('#article-byline');
    expect(byline).toContain('Saagar Enjeti');
    expect(byline).toContain('White House Correspondent');
    expect(await popup.text('#article-outlet')).toMatch(/daily caller/i);
    expect(
      await popup.evaluate<string | null>(`document.querySelector('#article-date')?.getAttribute('datetime')`),
    ).toBe('2016-10-27');
    expect(await popup.text('#article-reading-time')).toMatch(/\d+ min/);
    await popup.screenshot(path.join(OUTPUT_DIR, `popup-${name}.png`));
    await popup.close();
  });

  it('says plainly when the browser forbids reading a page', async () => {
    const { tabId } = await session.browser.openTab(INTERNAL_PAGE[name]);
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(FINISHED);
    expect(await popup.count('#restricted')).toBe(1);
    expect(await popup.text('#restricted')).toMatch(/can't read this page/i);
    await popup.screenshot(path.join(OUTPUT_DIR, `popup-restricted-${name}.png`));
    await popup.close();
  });

  it('warns that a home page is not an article but still shows what it read', async () => {
    const { tabId } = await session.browser.openTab(session.server.url('/not-an-article/'));
    const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(FINISHED);
    expect(await popup.count('#not-article')).toBe(1);
    expect(await popup.text('#not-article')).toMatch(/does not look like an article/i);
    expect(await popup.count('#article-title')).toBe(1);
    await popup.close();
  });
});
