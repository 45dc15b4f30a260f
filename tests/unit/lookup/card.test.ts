// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, SCROLL_DISMISS_PX, showCard } from '../../../components/lookup/card';
import { nextFocus, placeCard } from '../../../components/lookup/position';
import { buildLookup } from '../../../core/lookup/build';
import { storyAnalysis } from './helpers';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const options = (mode?: ShadowRootMode) => ({
  lookup: buildLookup(storyAnalysis(), { text: 'Soufan Group' }),
  networkEnabled: false,
  onOccurrence: vi.fn(),
  onEncyclopedia: vi.fn(),
  onGrant: vi.fn(async () => undefined),
  ...(mode && { mode }),
});

const key = (target: EventTarget, name: string, shiftKey = false) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, composed: true, cancelable: true }),
  );

describe('the in-page card', () => {
  afterEach(() => {
    document.querySelector(HOST_TAG)?.remove();
    document.body.innerHTML = '';
  });

  it('lives in a closed shadow root the page cannot reach', () => {
    document.body.innerHTML = '<p id="before">x</p>';
    showCard(document, options());
    const host = document.querySelector(HOST_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(document.querySelectorAll('style')).toHaveLength(0); // nothing leaks into the page
  });

  it('takes focus, cycles Tab inside, and gives focus back on Escape', () => {
    document.body.innerHTML = '<button id="page-button">page</button>';
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    showCard(document, options('open'));
    const host = document.querySelector(HOST_TAG) as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    expect(document.activeElement).toBe(host);
    const focusable = Array.from(root.querySelectorAll<HTMLElement>('button'));
    expect(focusable.length).toBeGreaterThan(1);
    (focusable.at(-1) as HTMLElement).focus();
    key(root.activeElement as HTMLElement, 'Tab');
    expect(root.activeElement).toBe(focusable[0]);
    key(root.activeElement as HTMLElement, 'Tab', true);
    expect(root.activeElement).toBe(focusable.at(-1));
    key(root.activeElement as HTMLElement, 'Escape');
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.activeElement).toBe(pageButton);
  });

  it('closes on a click outside but not on a click inside', () => {
    showCard(document, options('open'));
    const host = document.querySelector(HOST_TAG) as HTMLElement;
    host.shadowRoot
      ?.querySelector('.lk-title')
      ?.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('closes when the page scrolls far, and replaces an open card', () => {
    showCard(document, options());
    showCard(document, options());
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    Object.defineProperty(window, 'scrollY', { value: SCROLL_DISMISS_PX / 2, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    Object.defineProperty(window, 'scrollY', { value: SCROLL_DISMISS_PX * 2, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });
});

describe('placing the card', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };

  it('goes below the selection when there is room, above when not', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 394 });
  });

  it('stays on screen at the edges and when the viewport is smaller than the card', () => {
    const right = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(right.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
    const offTop = placeCard({ left: -200, top: -500, width: 40, height: 20 }, card, viewport);
    expect(offTop.left).toBeGreaterThanOrEqual(8);
    expect(offTop.top).toBeGreaterThanOrEqual(8);
    const tiny = placeCard({ left: 10, top: 10, width: 5, height: 5 }, card, { width: 200, height: 200 });
    expect(tiny.left).toBe(8);
    expect(tiny.top).toBeGreaterThanOrEqual(8);
    expect(tiny.top + (tiny.maxHeight ?? card.height)).toBeLessThanOrEqual(200);
    expect(placeCard(null, card, viewport).left).toBe(320);
  });

  it('shrinks the card rather than cover the selection when it fits on neither side', () => {
    const at = placeCard(
      { left: 100, top: 300, width: 80, height: 20 },
      { width: 360, height: 520 },
      { width: 1000, height: 600 },
    );
    // 286 px free above the selection, 266 below: the card goes above, cut to fit.
    expect(at.maxHeight).toBe(300 - 6 - 8);
    expect(at.top).toBe(8);
    const low = placeCard(
      { left: 100, top: 200, width: 80, height: 20 },
      { width: 360, height: 520 },
      { width: 1000, height: 600 },
    );
    expect(low).toEqual({ left: 100, top: 226, maxHeight: 600 - 226 - 8 });
    const high = placeCard(
      { left: 100, top: 400, width: 80, height: 20 },
      { width: 360, height: 520 },
      { width: 1000, height: 600 },
    );
    expect(high.top + (high.maxHeight ?? 0)).toBe(400 - 6);
  });

  it('wraps Tab focus at both ends', () => {
    expect(nextFocus(['a', 'b', 'c'], 'c', false)).toBe('a');
    expect(nextFocus(['a', 'b', 'c'], 'a', true)).toBe('c');
    expect(nextFocus(['a', 'b'], null, false)).toBe('a');
    expect(nextFocus([], null, false)).toBeUndefined();
  });
});
