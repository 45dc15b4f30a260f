import { browser } from 'wxt/browser';

/** How long a reloaded page may take before Lede reads whatever has arrived. */
const RELOAD_LIMIT_MS = 20_000;

/**
 * Reloads a tab the browser unloaded to save memory and resolves once its page has loaded, or after a
 * limit (the reader script then reads what has arrived, as it does on any page still loading).
 */
export async function reloadTab(tabId: number, limitMs = RELOAD_LIMIT_MS): Promise<void> {
  const { url, discarded } = await browser.tabs.get(tabId);
  await new Promise<void>((resolve) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    // The page counts as loaded at the first 'complete' after it began loading at its own address.
    // Firefox first brings back a blank stand-in, and then a restored page that the navigation below
    // replaces: reading either of those would find no page, or lose it mid-read.
    let loading = false;
    const onUpdated = (updatedId: number, change: { status?: string }, tab: { url?: string }) => {
      if (updatedId !== tabId) return;
      if (change.status === 'loading' && tab.url && tab.url !== 'about:blank') loading = true;
      else if (change.status === 'complete' && loading) finish();
    };
    const timer = setTimeout(finish, limitMs);
    // Listening starts before the reload, so a page that loads at once is not missed.
    browser.tabs.onUpdated.addListener(onUpdated);
    // Firefox keeps an unloaded tab on a blank page, which a reload would only load again, so the tab
    // is sent back to its address; Chrome takes either.
    const started =
      discarded && url && /^https?:/.test(url) ? browser.tabs.update(tabId, { url }) : browser.tabs.reload(tabId);
    started.catch(finish);
  });
}
