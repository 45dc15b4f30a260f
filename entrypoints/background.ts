import { browser } from 'wxt/browser';
import { analyzeTab } from '../utils/analyze-tab';
import { backgroundMessage } from '../utils/background-messages';
import { lookupEncyclopedia } from '../utils/encyclopedia';
import { lookupInTab } from '../utils/lookup-tab';
import { handleMessages, isFromExtensionPage, isFromOwnContentScript } from '../utils/messaging';

/**
 * The background owns the message handlers. It keeps no state between events (MV3 service workers
 * and Firefox event pages come and go), so everything it needs arrives with each message.
 */

const MENU_SELECTION = 'lede-lookup-selection';
const MENU_LINK = 'lede-lookup-link';
const COMMAND = 'lookup-selection';

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  // `%s` is the selection; the browser fills it in.
  browser.contextMenus.create({
    id: MENU_SELECTION,
    title: backgroundMessage('lookup.menuSelection'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({ id: MENU_LINK, title: backgroundMessage('lookup.menuLink'), contexts: ['link'] });
}

/** The context-menu click: the same path as the keyboard command, with the text the browser gave. */
export function onMenuClick(
  info: { menuItemId: string | number; selectionText?: string; linkUrl?: string; linkText?: string },
  tab?: { id?: number },
): Promise<unknown> | undefined {
  if (tab?.id === undefined || tab.id < 0) return undefined;
  if (info.menuItemId === MENU_SELECTION) return lookupInTab(tab.id, { text: info.selectionText ?? '' });
  if (info.menuItemId === MENU_LINK) {
    // Firefox gives the link's text; Chrome gives only the selection, if any, and the address.
    const text = info.selectionText || info.linkText || undefined;
    return lookupInTab(tab.id, { ...(text && { text }), ...(info.linkUrl && { linkUrl: info.linkUrl }) });
  }
  return undefined;
}

export async function onCommand(command: string, tab?: { id?: number }): Promise<unknown> {
  if (command !== COMMAND) return undefined;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return id === undefined ? undefined : lookupInTab(id, {});
}

async function openPermissionPage(origin: string): Promise<{ opened: boolean }> {
  const url = browser.runtime.getURL(`/lookup-permission.html?origin=${encodeURIComponent(origin)}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 460, height: 320 });
  } catch {
    // Firefox for Android has no windows: a tab serves the same purpose.
    await browser.tabs.create({ url });
  }
  return { opened: true };
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup?.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  const encyclopedia = ({ title, lang, context }: { title: string; lang: string | null; context: string[] }) =>
    lookupEncyclopedia(title, lang, context);
  handleMessages(
    {
      analyzeTab: ({ tabId, sentences }) => analyzeTab(tabId, sentences),
      lookupInTab: ({ tabId, text, linkUrl }) =>
        lookupInTab(tabId, { ...(text !== undefined && { text }), ...(linkUrl !== undefined && { linkUrl }) }),
      lookupEncyclopedia: encyclopedia,
      openLookupPermission: ({ origin }) => openPermissionPage(origin),
    },
    isFromExtensionPage,
  );
  // The card in a tab may ask for the encyclopedia and for the permission page, nothing else.
  handleMessages(
    { lookupEncyclopedia: encyclopedia, openLookupPermission: ({ origin }) => openPermissionPage(origin) },
    isFromOwnContentScript,
  );
});
