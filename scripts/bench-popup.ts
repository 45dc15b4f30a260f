/**
 * End-to-end popup timing in Chromium, part of `npm run bench`: from opening Lede's popup to the whole
 * analysis on screen (the `lede:analysis-shown` performance mark, measured from the popup's own
 * navigation start), on the reference page and on a 10,000-word article, median and p95 of repeated
 * openings, and on the reference page with the background's service worker stopped before each opening
 * (as the browser stops it after 30 idle seconds). Needs the end-to-end build (`npm run build:e2e`) and
 * Chromium; says so when either is absent.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, type ExtensionBrowser, extensionDir, launchBrowser } from '../tests/e2e/support/browsers';
import { LONG_ARTICLE_PATH, SEED_PATH, startPageServer } from '../tests/e2e/support/server';
import { POPUP_MARKS } from '../utils/use-analysis-mark';

export type PopupMark = keyof typeof POPUP_MARKS;

export interface PopupTiming {
  page: string;
  /** Per mark, the time of each opening in ms from the popup's navigation start. */
  runs: Record<PopupMark, number[]>;
  /** The first opening on this page, not in `runs` (on the first page, the background decodes the entity model then). */
  first?: Record<PopupMark, number>;
}

/** Waits for the last mark, then returns every mark's time. */
const READ_MARKS = `new Promise((resolve) => {
  const marks = ${JSON.stringify(POPUP_MARKS)};
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const poll = () => at(marks.shown) === undefined
    ? setTimeout(poll, 10)
    : resolve(Object.fromEntries(Object.entries(marks).map(([key, name]) => [key, at(name) ?? -1])));
  poll();
})`;

/** Openings with the background stopped first: each costs a worker start and the model's decoding. */
const COLD_REPEATS = 8;

type Marks = Record<PopupMark, number>;
const noRuns = (): Record<PopupMark, number[]> => ({ started: [], analyzed: [], shown: [] });

/** Opens the popup on a tab once and returns its marks, once the whole analysis is shown. */
async function openPopupOnce(browser: ExtensionBrowser, tabId: number): Promise<Marks> {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  const marks = await popup.evaluate<Marks>(READ_MARKS);
  await popup.close();
  return marks;
}

function addRun(runs: Record<PopupMark, number[]>, marks: Marks): void {
  for (const key of Object.keys(runs) as PopupMark[]) runs[key].push(marks[key]);
}

export async function benchPopup(repeats = 15): Promise<PopupTiming[] | string> {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH}: popup timing skipped.`;
  if (!existsSync(extensionDir('chromium')))
    return 'No end-to-end build (run npm run build:e2e): popup timing skipped.';
  const server = await startPageServer();
  const browser = await launchBrowser('chromium');
  try {
    const timings: PopupTiming[] = [];
    let seedTabId: number | undefined;
    for (const [label, pathname] of [
      ['reference page', SEED_PATH],
      ['10,000-word article', LONG_ARTICLE_PATH],
    ] as const) {
      const { tabId } = await browser.openTab(server.url(pathname));
      const runs = noRuns();
      // The first opening is reported apart: on the first page it includes decoding the entity model in
      // the background, which happens once per background lifetime.
      const first = await openPopupOnce(browser, tabId);
      for (let run = 0; run < repeats; run++) addRun(runs, await openPopupOnce(browser, tabId));
      timings.push({ page: label, runs, first });
      if (pathname === SEED_PATH) seedTabId = tabId;
    }
    // A reader who opens Lede after half a minute away finds its background stopped: the browser ends an
    // idle service worker. Each of these openings starts it afresh (script, entity model, cold code).
    if (browser.stopBackground && seedTabId !== undefined) {
      const runs = noRuns();
      for (let run = 0; run < COLD_REPEATS; run++) {
        await browser.stopBackground();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        addRun(runs, await openPopupOnce(browser, seedTabId));
      }
      timings.push({ page: 'reference page, background stopped before each opening', runs });
    }
    return timings;
  } finally {
    await browser.close();
    await server.close();
  }
}
