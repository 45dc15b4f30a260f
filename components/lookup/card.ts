import { i18n } from '#i18n';
import type { EncyclopediaResult, LookupOccurrence, LookupResult } from '../../core/lookup/types';
import { FOCUSABLE, nextFocus, placeCard } from './position';
import { renderLookup } from './render-lookup';
import { CARD_STYLES, LOOKUP_STYLES } from './styles';

/**
 * The in-page lookup card: a host element with a closed shadow root (the page's styles and scripts
 * can't reach inside, and the card's styles don't leak out), placed next to the selection. Focus
 * moves into it and Tab cycles inside; Escape, a click outside or scrolling far closes it and gives
 * focus (and the selection) back.
 */

export const HOST_TAG = 'lede-lookup-card';
/** Scrolling more than this (in CSS pixels) from where the card opened closes it. */
export const SCROLL_DISMISS_PX = 400;

export interface CardOptions {
  lookup: LookupResult;
  networkEnabled: boolean;
  onOccurrence(occurrence: LookupOccurrence, index: number): void;
  onEncyclopedia(): Promise<EncyclopediaResult>;
  onGrant(origin: string): Promise<unknown>;
  /** Shadow mode: always closed when shipped; the end-to-end build opens it so tests can read it. */
  mode?: ShadowRootMode;
}

let closeCurrent: (() => void) | null = null;

function anchorBox(doc: Document, linkUrl: string | undefined): DOMRect | null {
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return rect;
  }
  if (linkUrl) {
    const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => (a as HTMLAnchorElement).href === linkUrl);
    if (link) return link.getBoundingClientRect();
  }
  return null;
}

/** Shows the card (closing any open one) and returns a function that closes it. */
export function showCard(doc: Document, options: CardOptions): () => void {
  closeCurrent?.();
  const win = doc.defaultView as Window;
  const selection = doc.getSelection();
  const savedRange = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const previousFocus = doc.activeElement as HTMLElement | null;
  let anchor = anchorBox(doc, options.lookup.link?.url);
  // The keyboard command can fire with the selection scrolled out of view: bring it back first, so
  // the card sits next to the words it explains.
  if (anchor && (anchor.bottom < 0 || anchor.top > win.innerHeight)) {
    win.scrollBy({ top: anchor.top - win.innerHeight / 3, behavior: 'instant' });
    anchor = anchorBox(doc, options.lookup.link?.url);
  }

  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: options.mode ?? 'closed' });
  const style = doc.createElement('style');
  style.textContent = LOOKUP_STYLES + CARD_STYLES;
  const card = doc.createElement('div');
  card.className = 'lk-card lk-body';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', i18n.t('lookup.cardLabel'));
  card.tabIndex = -1;
  const top = doc.createElement('div');
  top.className = 'lk-top';
  const title = doc.createElement('h2');
  title.className = 'lk-title';
  title.id = 'lk-title';
  title.textContent = options.lookup.query || options.lookup.link?.text || i18n.t('lookup.cardLabel');
  card.setAttribute('aria-labelledby', 'lk-title');
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'lk-close';
  close.setAttribute('aria-label', i18n.t('lookup.close'));
  close.textContent = '×';
  top.append(title, close);
  card.append(top, renderLookup(doc, options.lookup, options));
  shadow.append(style, card);
  doc.documentElement.append(host);

  const place = () => {
    card.style.maxHeight = '';
    const box = card.getBoundingClientRect();
    const at = placeCard(
      anchor,
      { width: box.width, height: box.height },
      { width: win.innerWidth, height: win.innerHeight },
    );
    if (at.maxHeight !== undefined) card.style.maxHeight = `${at.maxHeight}px`;
    // Absolute in page coordinates: the card moves with the text it explains.
    card.style.left = `${at.left + win.scrollX}px`;
    card.style.top = `${at.top + win.scrollY}px`;
  };
  place();
  const openedAt = win.scrollY;

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dismiss(true);
      return;
    }
    if (event.key !== 'Tab' || !event.composedPath().includes(host)) return;
    const items = Array.from(shadow.querySelectorAll<HTMLElement>(FOCUSABLE));
    const next = nextFocus(items, shadow.activeElement as HTMLElement | null, event.shiftKey);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  const onPointer = (event: Event) => {
    if (!event.composedPath().includes(host)) dismiss(false);
  };
  const onScroll = () => {
    if (Math.abs(win.scrollY - openedAt) > SCROLL_DISMISS_PX) dismiss(false);
  };
  const onResize = () => place();

  let closed = false;
  function dismiss(restoreFocus: boolean): void {
    if (closed) return;
    closed = true;
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', onResize);
    host.remove();
    if (closeCurrent === closeThis) closeCurrent = null;
    if (!restoreFocus) return;
    if (previousFocus && previousFocus !== doc.body && previousFocus.isConnected) previousFocus.focus?.();
    if (savedRange) {
      const current = doc.getSelection();
      current?.removeAllRanges();
      current?.addRange(savedRange);
    }
  }
  const closeThis = () => dismiss(false);
  closeCurrent = closeThis;
  close.addEventListener('click', () => dismiss(true));
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onResize);
  // Re-place once the image or fonts settle the card's size.
  win.requestAnimationFrame?.(place);
  card.focus({ preventScroll: true });
  return closeThis;
}
