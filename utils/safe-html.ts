import DOMPurify from 'dompurify';
import { isSafeHref } from './format';

/**
 * The article body for the reader view. `article.html` already passed the extractor's allowlist
 * serializer, but it comes from an untrusted page, so it is sanitized again here, with DOMPurify, in
 * the extension's own origin, right before display. This is the only place Lede sets innerHTML.
 */

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
];
const FORBID_ATTR = ['style', 'id', 'class', 'srcset', 'formaction'];

/** Sanitized HTML as a string (DOMPurify on the given window, the page's own by default). */
export function sanitizeArticleHtml(html: string, win: Window & typeof globalThis = window): string {
  const purify = DOMPurify(win);
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** Puts the sanitized body into `element`; links open in a new tab and only http(s) links stay links. */
export function renderArticleHtml(element: HTMLElement, html: string, win: Window & typeof globalThis = window): void {
  element.innerHTML = sanitizeArticleHtml(html, win);
  for (const link of element.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (!href || !isSafeHref(href)) {
      link.removeAttribute('href');
      continue;
    }
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  for (const image of element.querySelectorAll('img')) {
    image.setAttribute('loading', 'lazy');
    image.setAttribute('referrerpolicy', 'no-referrer');
    if (!image.hasAttribute('alt')) image.alt = '';
  }
}
