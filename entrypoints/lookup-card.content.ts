import { showCard } from '../components/lookup/card';
import { handleMessages, isFromExtensionPage, sendMessage } from '../utils/messaging';
import { highlightPassages } from '../utils/page-highlight';

/**
 * The lookup card's script: injected on demand (after the reader script) only when the reader asks
 * for a lookup, so the reader script stays small. It renders what the background sends, and asks the
 * background for anything from the network.
 */

const INSTALLED = Symbol.for('lede.lookupCard.installed');

function install(): void {
  const scope = globalThis as { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  handleMessages(
    {
      showLookupCard: ({ lookup, network }) => {
        const title = lookup.entity?.name ?? lookup.query;
        showCard(document, {
          lookup,
          networkEnabled: network.enabled,
          // Closed when shipped; the end-to-end build opens it so the tests can read the card.
          mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
          onOccurrence: (occurrence, index) => {
            // The sentence pins the exact place; the name alone is the fallback when the page's
            // text differs from the extracted one (a link split across elements, say).
            if (highlightPassages(document, [occurrence.sentence], 0, false) === 0) {
              highlightPassages(document, [occurrence.text], index, false);
            }
          },
          onEncyclopedia: () => {
            const request = { title, lang: lookup.lang, context: lookup.context };
            // One retry: a Firefox event page that is just unloading can drop the first message.
            return sendMessage('lookupEncyclopedia', request).catch(() => sendMessage('lookupEncyclopedia', request));
          },
          onGrant: async (origin) => {
            // Content scripts can't ask for permissions: the background opens a small Lede page that can.
            await sendMessage('openLookupPermission', { origin }).catch(() => undefined);
          },
        });
        return { shown: true };
      },
    },
    isFromExtensionPage,
  );
}

export default defineContentScript({
  registration: 'runtime',
  main(): void {
    install();
  },
});
