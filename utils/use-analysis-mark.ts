/**
 * Performance marks along the popup's path, read by `npm run bench` (scripts/bench-popup.ts): when the
 * popup's script starts asking, when the background has read and analyzed the tab, and when the whole
 * analysis is on screen. Times are from the popup's own navigation start.
 */
export const POPUP_MARKS = {
  started: 'lede:popup-started',
  analyzed: 'lede:article-analyzed',
  shown: 'lede:analysis-shown',
} as const;
