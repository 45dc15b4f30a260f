import { handleMessages, isFromExtensionPage } from '../utils/messaging';
import { readTab } from '../utils/read-tab';

/**
 * The background owns the message handlers. It keeps no state between events (MV3 service workers
 * and Firefox event pages come and go), so everything it needs arrives with each message.
 */
export default defineBackground(() => {
  handleMessages({ readTab: ({ tabId }) => readTab(tabId) }, isFromExtensionPage);
});
