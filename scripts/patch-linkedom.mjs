// Run on `npm install` / `npm ci` (postinstall). linkedom 0.18 gives every node and every attribute its
// own listener map in a WeakMap when the node is made. Lede parses whole pages with linkedom (the CLI and
// the extension's background) and never listens for events on them, so those hundreds of thousands of
// WeakMap entries are pure cost: measured on the extraction development set, they are about a third of
// extraction time, most of it in garbage collection. This patch makes the map when the first listener is
// added instead. Behaviour is unchanged (tests/unit/extract/linkedom-patch.test.ts checks listeners still
// work). The patch is idempotent and checks the text it replaces: on a linkedom whose file differs it
// leaves the file alone and says so, and Lede runs as before, only slower.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PATCH_MARK = '/* lede: listener map made on first use */';

const REPLACEMENTS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', `  constructor() {\n    ${PATCH_MARK}\n  }`],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

const root = path.resolve(import.meta.dirname, '..', 'node_modules', 'linkedom');
for (const flavour of ['esm', 'cjs']) {
  const file = path.join(root, flavour, 'interface', 'event-target.js');
  if (!existsSync(file)) continue;
  let text = readFileSync(file, 'utf8');
  if (text.includes(PATCH_MARK)) continue;
  if (!REPLACEMENTS.every(([from]) => text.includes(from))) {
    console.warn(`lede: linkedom's ${flavour}/interface/event-target.js is not the expected 0.18 text; left as it is.`);
    continue;
  }
  for (const [from, to] of REPLACEMENTS) text = text.replace(from, to);
  writeFileSync(file, text);
}
