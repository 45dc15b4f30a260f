import { handleMessages, isFromExtensionPage } from '../utils/messaging';
import { clearHighlights, highlightPassages } from '../utils/page-highlight';
import { takeSnapshot } from '../utils/page-snapshot';
import type { SnapshotReply } from '../utils/read-result';

/**
 * The reader script: injected on demand into the active tab (never declared for all pages). It hands
 * the extension a snapshot of the live page, which the background parses and extracts, and it stays
 * to answer highlight requests from Lede's own pages while the tab lives. It holds no extraction code,
 * so what runs inside the reader's page stays small.
 */

// Injected again on each popup opening; listeners are installed once per page.
const INSTALLED = Symbol.for('lede.reader.installed');

function installListeners(): void {
  const scope = globalThis as { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  handleMessages(
    {
      highlightInPage: ({ passages, focus, persist }) => ({
        found: highlightPassages(document, passages, focus, persist),
      }),
      clearHighlights: () => ({ cleared: clearHighlights(document) }),
    },
    // Only Lede's own extension pages may drive the reader; never other content scripts or pages.
    isFromExtensionPage,
  );
}

export default defineContentScript({
  registration: 'runtime',
  main(): SnapshotReply {
    installListeners();
    try {
      // A single-page app may have changed the article by history navigation: always the live
      // document and the current location, never a cached copy.
      const snapshot = takeSnapshot(document, location.href);
      return { ok: true, snapshot };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
});
