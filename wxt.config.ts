import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// `npm start` serves a demo article and passes its address here, so the dev browser opens on it.
const demoUrl = process.env.LEDE_DEMO_URL;
const debianBinaries = Object.fromEntries(
  [
    ['chrome', '/usr/bin/chromium'],
    ['firefox', '/usr/bin/firefox-esr'],
  ].filter(([, binary]) => existsSync(binary as string)),
) as Record<string, string>;

// Extension pages (popup, options, reader view, permission page, background) run only Lede's own
// bundled scripts: no eval, no inline or remote script, no plugins, no <base> rewriting, never framed.
// Images: Lede's icons ('self'), the encyclopedia thumbnail (https only) and the article's own images in
// the reader view (http or https, as the page had them). Styles and connections stay at the browser's
// defaults (the background fetches the encyclopedia host the reader granted).
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "img-src 'self' https: http: data: blob:",
].join('; ');

// Lede asks for the smallest set of permissions: the reader script is injected on demand into
// the active tab (activeTab + scripting), settings live in storage, lookups hang off the context menu.
// No host permissions and no content script declared for all pages.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(mode === 'e2e' ? ['tabs'] : [])],
    // Headless browsers cannot click the toolbar button that grants activeTab, so the end-to-end build
    // (and only it) may read the local test server and see tab URLs, standing in for that grant.
    ...(mode === 'e2e' && { host_permissions: ['http://127.0.0.1/*'] }),
    // Asked for at run time, one host at a time, only when the reader turns on encyclopedia lookups and
    // asks for one: Wikipedia by default, or the https mirror (Kiwix) the settings point at.
    optional_host_permissions: ['https://*.wikipedia.org/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
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
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // The sources zip (for Firefox's review) holds what a clean clone holds: not the folders that tests,
  // evaluations and benchmarks write locally (they are git-ignored too).
  zip: { excludeSources: ['test-output/**', 'eval-output/**', 'bench-output/**'] },
  webExt: {
    startUrls: demoUrl ? [demoUrl] : undefined,
    binaries: debianBinaries,
    // Chromium refuses to start as root without this (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    // The entity model ships once, as a file the extension fetches (utils/ner-asset-from-extension.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: fileURLToPath(new URL('./assets/ner/model.bin.gz', import.meta.url)),
        relativeDest: 'ner/model.bin.gz',
      });
    },
  },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // linkedom (the background's HTML parser) tries the optional native `canvas` package and falls
        // back to its own shim; extensions never have the native one, so bundle the shim directly.
        canvas: fileURLToPath(new URL('./node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)),
        // linkedom's CSS parser answers only `<style>.sheet`, which nothing in Lede reads (see the stub).
        'cssomnom/parse': fileURLToPath(new URL('./utils/no-css-parser.ts', import.meta.url)),
      },
    },
  }),
});
