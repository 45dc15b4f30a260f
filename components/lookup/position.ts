/** A rectangle in viewport coordinates (what `getBoundingClientRect` returns). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 6;
/** Below this the card would be too small to read: it may then overlap the selection. */
const MIN_HEIGHT = 160;

/**
 * Where the card goes, in viewport coordinates: below the selection when it fits, else above it;
 * when it fits on neither side, on the roomier side with `maxHeight` cut to that room (the card
 * scrolls), so it never covers the words it explains. Always inside the viewport (by `MARGIN`).
 */
export function placeCard(
  anchor: Box | null,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight?: number } {
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));
  const left = clamp(
    anchor ? anchor.left : (viewport.width - card.width) / 2,
    MARGIN,
    viewport.width - card.width - MARGIN,
  );
  if (!anchor) return { left, top: clamp(MARGIN * 4, MARGIN, viewport.height - card.height - MARGIN) };
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const within = (top: number) => ({ left, top: clamp(top, MARGIN, viewport.height - card.height - MARGIN) });
  if (card.height <= roomBelow) return within(below);
  if (card.height <= roomAbove) return within(anchor.top - GAP - card.height);
  const maxHeight = Math.max(MIN_HEIGHT, Math.max(roomBelow, roomAbove));
  const top = roomBelow >= roomAbove ? below : anchor.top - GAP - maxHeight;
  return { left, top: clamp(top, MARGIN, viewport.height - Math.min(card.height, maxHeight) - MARGIN), maxHeight };
}

/** The elements Tab moves between inside the card, in order. */
export const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The next element for Tab (or Shift+Tab), wrapping around at either end. */
export function nextFocus<T>(items: T[], current: T | null, backwards: boolean): T | undefined {
  if (items.length === 0) return undefined;
  const at = current === null ? -1 : items.indexOf(current);
  if (at < 0) return backwards ? items[items.length - 1] : items[0];
  return items[(at + (backwards ? -1 : 1) + items.length) % items.length];
}
