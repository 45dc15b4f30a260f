import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/**
 * The small page the lookup card opens when the encyclopedia's host is not yet granted. Content
 * scripts can't call `permissions.request`, and the background's message handlers don't run in a
 * user gesture, so the reader's click on this page's button is what asks the browser.
 */

const ORIGIN_PATTERN = /^https?:\/\/[^/\s*]+\/\*$/;

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const origin = new URLSearchParams(location.search).get('origin') ?? '';
const status = byId('status');

byId('title').textContent = i18n.t('lookup.permission.title');
document.documentElement.lang = browser.i18n.getUILanguage();

if (!ORIGIN_PATTERN.test(origin)) {
  status.textContent = i18n.t('lookup.permission.invalid');
} else {
  const host = new URL(origin.replace('/*', '/')).hostname;
  byId('body').textContent = i18n.t('lookup.permission.body', [host]);
  const allow = byId('allow') as HTMLButtonElement;
  allow.textContent = i18n.t('lookup.permission.allow');
  allow.hidden = false;
  allow.addEventListener('click', async () => {
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    status.textContent = i18n.t(granted ? 'lookup.permission.granted' : 'lookup.permission.refused');
    if (granted) setTimeout(() => window.close(), 1500);
  });
}
