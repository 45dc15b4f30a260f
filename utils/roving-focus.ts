import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Roving focus for a list of chips or sentences: the list is one Tab stop, and the arrow keys,
 * Home and End move between its items (left and right follow the page's writing direction).
 * Items are the elements matching `itemSelector` inside the container.
 */
export function useRovingFocus<T extends HTMLElement>(itemSelector: string): RefObject<T | null> {
  const container = useRef<T>(null);
  const active = useRef(0);

  // After every render: exactly one item is tabbable, the last one focused (or the first).
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const items = [...root.querySelectorAll<HTMLElement>(itemSelector)];
    if (active.current >= items.length) active.current = 0;
    items.forEach((item, i) => {
      item.tabIndex = i === active.current ? 0 : -1;
    });
  });

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const items = [...root.querySelectorAll<HTMLElement>(itemSelector)];
      const current = items.indexOf(event.target as HTMLElement);
      if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const rtl = getComputedStyle(root).direction === 'rtl';
      const step: Record<string, number> = {
        ArrowDown: 1,
        ArrowUp: -1,
        ArrowRight: rtl ? -1 : 1,
        ArrowLeft: rtl ? 1 : -1,
      };
      let next: number;
      if (event.key in step) next = Math.min(items.length - 1, Math.max(0, current + (step[event.key] ?? 0)));
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = items.length - 1;
      else return;
      event.preventDefault();
      move(items, next);
    };
    const onFocusIn = (event: FocusEvent) => {
      const items = [...root.querySelectorAll<HTMLElement>(itemSelector)];
      const index = items.indexOf(event.target as HTMLElement);
      if (index >= 0 && index !== active.current) move(items, index, false);
    };
    const move = (items: HTMLElement[], index: number, focus = true) => {
      items[active.current]?.setAttribute('tabindex', '-1');
      active.current = index;
      const item = items[index];
      if (!item) return;
      item.tabIndex = 0;
      if (focus) item.focus();
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [itemSelector]);

  return container;
}
