import { browser } from 'wxt/browser';

/**
 * The tab the popup is about. The toolbar popup reads the active tab; the tests (and the reader view)
 * open `popup.html?tabId=N` as a page of its own, where "active tab" would be the popup itself.
 */
export async function resolveTargetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested >= 0 && new URLSearchParams(search).has('tabId')) {
    try {
      const tab = await browser.tabs.get(requested);
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
