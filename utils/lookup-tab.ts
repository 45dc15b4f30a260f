import { browser } from 'wxt/browser';
import { DEFAULT_SUMMARY_SENTENCES } from '../core/analyze';
import { buildLookup } from '../core/lookup/build';
import { analyzeTab } from './analyze-tab';
import { backgroundMessage } from './background-messages';
import { lookupSettings } from './encyclopedia';
import { sendMessage } from './messaging';
import { type RestrictedReason, restrictedReason } from './restricted-pages';

/**
 * The lookup behind the context-menu item and the keyboard command: read the article in the tab
 * (the reader script, injected under the activeTab grant the click gave), find what it says about
 * the selection, inject the card script and show the card. Where the browser forbids pages to
 * extensions, the toolbar button says why for a few seconds instead (badge and tooltip): no extra
 * permission, nothing opens.
 */

export const LOOKUP_CARD_SCRIPT = '/content-scripts/lookup-card.js';
const NOTICE_MS = 8_000;

export interface LookupTargetInTab {
  /** The selection (the context menu gives it); read from the page when absent. */
  text?: string;
  linkUrl?: string;
}

const REASON_KEYS: Record<RestrictedReason, string> = {
  'browser-page': 'popup.restricted.browserPage',
  'web-store': 'popup.restricted.webStore',
  pdf: 'popup.restricted.pdf',
  'extension-page': 'popup.restricted.extensionPage',
  'local-file': 'popup.restricted.localFile',
  'not-a-web-page': 'popup.restricted.notAWebPage',
};

/** Puts "!" on the toolbar button of that tab with the reason as its tooltip, then clears both. */
export async function showNotice(tabId: number, message: string): Promise<void> {
  const action = browser.action;
  const title = backgroundMessage('lookup.restricted.badgeTitle', [message]);
  const defaultTitle = await action.getTitle({}).catch(() => '');
  await Promise.all([
    action.setBadgeText({ tabId, text: '!' }),
    action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
  setTimeout(() => {
    void Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: defaultTitle })]).catch(
      () => undefined,
    );
  }, NOTICE_MS);
}

const reasonText = (reason: string): string =>
  reason in REASON_KEYS
    ? backgroundMessage(REASON_KEYS[reason as RestrictedReason] as string)
    : backgroundMessage('lookup.restricted.unreadable');

async function readSelection(tabId: number): Promise<string> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => String(globalThis.getSelection?.() ?? ''),
    });
    return typeof first?.result === 'string' ? first.result.slice(0, 10_000) : '';
  } catch {
    return '';
  }
}

export async function lookupInTab(
  tabId: number,
  target: LookupTargetInTab,
): Promise<{ shown: boolean; reason?: string }> {
  const url = await browser.tabs
    .get(tabId)
    .then((tab) => tab.url)
    .catch(() => undefined);
  const restricted = restrictedReason(url);
  if (restricted) {
    await showNotice(tabId, reasonText(restricted));
    return { shown: false, reason: restricted };
  }
  const analyzed = await analyzeTab(tabId, DEFAULT_SUMMARY_SENTENCES);
  if (!analyzed.ok) {
    const reason = analyzed.error.code === 'restricted-page' ? analyzed.error.message : analyzed.error.code;
    await showNotice(tabId, reasonText(reason));
    return { shown: false, reason };
  }
  const { analysis } = analyzed;
  let text = target.text ?? (await readSelection(tabId));
  // Chrome gives no link text with a link click: take the anchor text from the article's links.
  if (!text.trim() && target.linkUrl) {
    text = analysis.article.links.find((link) => link.href === target.linkUrl)?.text ?? '';
  }
  const lookup = buildLookup(analysis, { text, ...(target.linkUrl && { linkUrl: target.linkUrl }) });
  const network = { enabled: (await lookupSettings()).enabled };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [LOOKUP_CARD_SCRIPT] });
    const reply = await sendMessage('showLookupCard', { lookup, network }, tabId);
    return { shown: reply?.shown === true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await showNotice(tabId, reasonText('injection-failed'));
    return { shown: false, reason: message };
  }
}
