/**
 * Pages a browser never lets extensions read, recognised from the URL before Lede tries, so the
 * popup can explain instead of failing. Kept free of browser APIs so it is unit-tested in Node.
 */
export type RestrictedReason =
  | 'browser-page'
  | 'web-store'
  | 'pdf'
  | 'extension-page'
  | 'local-file'
  | 'not-a-web-page';

const BROWSER_SCHEMES = [
  'chrome:',
  'about:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'devtools:',
  'view-source:',
  'resource:',
  'chrome-search:',
  'chrome-untrusted:',
];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'extension:'];

/** Store hosts where both browsers block content scripts. */
const WEB_STORES: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** Why Lede cannot read `url`, or null when it may try. */
export function restrictedReason(url: string | undefined | null): RestrictedReason | null {
  if (!url) return null; // unknown: try, and let the injection error speak
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-web-page';
  }
  const scheme = parsed.protocol;
  if (BROWSER_SCHEMES.includes(scheme)) return 'browser-page';
  if (EXTENSION_SCHEMES.includes(scheme)) {
    // Firefox's built-in PDF viewer and reader mode appear under resource:/about:, Chrome's under its extension.
    return parsed.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'extension-page';
  }
  if (scheme === 'file:') return parsed.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'local-file';
  if (scheme !== 'http:' && scheme !== 'https:') return 'not-a-web-page';
  const host = parsed.hostname.toLowerCase();
  if (WEB_STORES.some((store) => host === store.host && (!store.path || parsed.pathname.startsWith(store.path))))
    return 'web-store';
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return 'pdf';
  return null;
}

/** Maps a browser's injection error to a reason, when the message says the page is off limits. */
export function reasonFromInjectionError(message: string): RestrictedReason | null {
  if (/cannot be scripted|extensions gallery|chrome:\/\/|cannot access a chrome|about:/i.test(message))
    return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  return null;
}
