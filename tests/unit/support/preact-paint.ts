/**
 * Preact runs effects after the next frame, with a 100 ms timer as a fallback, and that timer calls
 * `cancelAnimationFrame`. When a jsdom test file ends first, jsdom's globals are gone by the time the
 * timer fires: it throws outside any test, and vitest fails the run for that unhandled error (on a
 * loaded machine, where the frame comes late). Files that render Preact wait this out before they end.
 */
export const waitForPendingPaints = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
