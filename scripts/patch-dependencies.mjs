// Run on `npm install` / `npm ci` (postinstall). Lede parses whole pages with linkedom and reads them with
// Readability (in the CLI and in the extension's background, which bundles these same files), and a few
// lines of those two packages cost far more than their work needs. Each patch below changes how a value is
// computed, never the value; tests/unit/extract/dependency-patches.test.ts checks each one is in place and
// that the DOM still behaves as before.
//
// Every patch is idempotent (a mark comment at the top of the file says it is applied) and checks the exact
// text it replaces: on a version whose file differs, it leaves the file alone and says so, and Lede runs
// as before, only slower.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const NODE_MODULES = path.resolve(import.meta.dirname, '..', 'node_modules');

/** linkedom 0.18, in both its module flavours. */
const linkedom = (file) => [`linkedom/esm/${file}`, `linkedom/cjs/${file}`];

const PATCHES = [
  {
    // Every node and attribute got its own listener map in a WeakMap when it was made: hundreds of
    // thousands of entries per page, a third of extraction time, most of it garbage collection. Lede never
    // listens for events on these documents. The map is now made when the first listener is added.
    mark: 'lede: listener map made on first use',
    files: linkedom('interface/event-target.js'),
    replacements: [
      ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
      [
        '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
        '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
      ],
      [
        '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
        '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
      ],
    ],
  },
  {
    // `tagName` upper-cased the local name on every read, and Readability reads it for every node many
    // times over. The upper-case form is remembered per name (at most 1,024 names, so a page of made-up
    // tags cannot grow it without bound).
    mark: 'lede: upper-case tag names remembered',
    files: linkedom('shared/utils.js'),
    replacements: [
      [
        '({localName, ownerDocument}) => {\n  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;\n};',
        '(upper => ({localName, ownerDocument}) => {\n' +
          '  if (!ownerDocument[MIME].ignoreCase) return localName;\n' +
          '  let name = upper.get(localName);\n' +
          '  if (name === undefined) {\n' +
          '    name = localName.toUpperCase();\n' +
          '    if (upper.size < 1024) upper.set(localName, name);\n' +
          '  }\n' +
          '  return name;\n' +
          '})(new Map);',
      ],
    ],
  },
  {
    // An element's text was gathered into an array and joined on every read; string concatenation does the
    // same without the array (V8 joins the pieces lazily).
    mark: 'lede: textContent without an array',
    files: linkedom('interface/element.js'),
    replacements: [
      [
        "  get textContent() {\n    const text = [];\n    let {[NEXT]: next, [END]: end} = this;\n    while (next !== end) {\n      const nodeType = next.nodeType;\n      if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE)\n        text.push(next.textContent);\n      next = next[NEXT];\n    }\n    return text.join('');\n  }",
        "  get textContent() {\n    let text = '';\n    let {[NEXT]: next, [END]: end} = this;\n    while (next !== end) {\n      const nodeType = next.nodeType;\n      if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE)\n        text += next.textContent;\n      next = next[NEXT];\n    }\n    return text;\n  }",
      ],
    ],
  },
  {
    // `className` is the class list joined by spaces; it was spread into an array first on every read.
    mark: 'lede: class list joined without an array',
    files: linkedom('dom/token-list.js'),
    replacements: [
      [
        "  get value() { return [...this].join(' '); }",
        "  get value() {\n    let value = '';\n    for (const token of this) value = value ? value + ' ' + token : token;\n    return value;\n  }",
      ],
    ],
  },
  {
    // Reading `className` (and `getAttribute('class')`, which reads it) built the element's class list, a
    // Set, to join it again; a copied page has none built, and Readability and Lede read every element's
    // class. A value of one class is its own list joined: it is returned as it is.
    mark: 'lede: a single class read without a class list',
    files: linkedom('interface/element.js'),
    replacements: [
      [
        '  get className() { return this.classList.value; }',
        "  get className() {\n    if (!this[CLASS_LIST]) {\n      const attribute = this.getAttributeNode('class');\n      if (!attribute) return '';\n      const {value} = attribute;\n      if (value && !/\\s/.test(value)) return value;\n    }\n    return this.classList.value;\n  }",
      ],
    ],
  },
  {
    // Readability 0.6 keeps the page as an HTML string to start again from when an attempt finds too
    // little text, and serializes the article once more for a log line it prints only in debug mode. A
    // copy of the page does the first for about half the cost of the string (and a retry then copies it
    // instead of parsing it: four times cheaper); the log line is now built only when it is printed.
    mark: 'lede: page kept as a copy, debug log built only in debug mode',
    files: ['@mozilla/readability/Readability.js'],
    replacements: [
      ['    var pageCacheHtml = page.innerHTML;\n', '    var pageCache = page.cloneNode(true);\n'],
      [
        '        // eslint-disable-next-line no-unsanitized/property\n        page.innerHTML = pageCacheHtml;\n',
        '        page.replaceChildren();\n        var fresh = pageCache.cloneNode(true);\n        while (fresh.firstChild) page.appendChild(fresh.firstChild);\n',
      ],
      [
        '    this.log("Grabbed: " + articleContent.innerHTML);\n',
        '    if (this._debug) this.log("Grabbed: " + articleContent.innerHTML);\n',
      ],
    ],
  },
  {
    // Readability copied the page before its first attempt, to start again from when an attempt finds too
    // little text: a copy of every node, kept for the one page in ten that needs it. Given `_pageAgain`
    // (Lede makes the page again from the untouched original: ../core/extract/readability.ts), the copy
    // is made only when an attempt fails. Without it, Readability copies as before.
    mark: 'lede: page made again only for a retry',
    files: ['@mozilla/readability/Readability.js'],
    replacements: [
      [
        '    var pageCache = page.cloneNode(true);\n',
        '    var pageCache = this._pageAgain ? null : page.cloneNode(true);\n',
      ],
      [
        '        var fresh = pageCache.cloneNode(true);\n',
        '        var fresh = pageCache ? pageCache.cloneNode(true) : this._pageAgain();\n',
      ],
    ],
  },
];

for (const patch of PATCHES) {
  const header = `/* ${patch.mark} */\n`;
  for (const relative of patch.files) {
    const file = path.join(NODE_MODULES, relative);
    if (!existsSync(file)) continue;
    let text = readFileSync(file, 'utf8');
    if (text.includes(header)) continue;
    if (!patch.replacements.every(([from]) => text.split(from).length === 2)) {
      console.warn(`lede: ${relative} is not the text this patch expects ("${patch.mark}"); left as it is.`);
      continue;
    }
    for (const [from, to] of patch.replacements) text = text.replace(from, () => to);
    writeFileSync(file, header + text);
  }
}
