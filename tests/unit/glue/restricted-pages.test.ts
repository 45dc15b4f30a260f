import { describe, expect, it } from 'vitest';
import { reasonFromInjectionError, restrictedReason } from '../../../utils/restricted-pages';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://newtab/', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/page.html', 'local-file'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['moz-extension://abc/options.html', 'extension-page'],
    ['data:text/html,hi', 'not-a-web-page'],
    ['not a url', 'not-a-web-page'],
  ])('refuses %s as %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it.each([
    'https://www.nytimes.com/2024/01/01/world/story.html',
    'http://127.0.0.1:8080/article',
    'https://chrome.google.com/search?q=webstore',
  ])('lets Lede try %s', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });

  it('tries when the URL is unknown and lets the injection error decide', () => {
    expect(restrictedReason(undefined)).toBeNull();
    expect(reasonFromInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.')).toBe('browser-page');
    expect(reasonFromInjectionError('Frame with ID 0 was removed.')).toBeNull();
  });
});
