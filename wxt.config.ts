import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Lede asks for the smallest set of permissions: the reader script is injected on demand into
// the active tab (activeTab + scripting), settings live in storage, lookups hang off the context menu.
// No host permissions and no content script declared for all pages.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Asked for at run time, only when the user turns on encyclopedia lookups.
    optional_host_permissions: ['https://*.wikipedia.org/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLookup__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lede@lede-reader.org',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
