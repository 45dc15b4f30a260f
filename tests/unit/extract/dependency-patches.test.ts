// scripts/patch-dependencies.mjs (run on install) changes how linkedom and Readability compute a few values,
// for speed, never the values. These tests make sure each patch is in place after `npm ci` and that what
// it touches still behaves as the DOM and Readability say.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../../core/extract/prune';
import { runReadability } from '../../../core/extract/readability';
import { parseHtml } from '../../../core/parse-html';

const require = createRequire(import.meta.url);
const linkedomRoot = path.dirname(require.resolve('linkedom/package.json'));
const readabilityRoot = path.dirname(require.resolve('@mozilla/readability/package.json'));

// The marks the script writes at the top of each file. Not imported: importing the script would apply the
// patches, and these checks would pass whatever `npm ci` did.
const inLinkedom = (file: string): string[] => ['esm', 'cjs'].map((flavour) => path.join(linkedomRoot, flavour, file));
const PATCHED_FILES: [mark: string, files: string[]][] = [
  ['lede: listener map made on first use', inLinkedom('interface/event-target.js')],
  ['lede: upper-case tag names remembered', inLinkedom('shared/utils.js')],
  ['lede: textContent without an array', inLinkedom('interface/element.js')],
  ['lede: class list joined without an array', inLinkedom('dom/token-list.js')],
  ['lede: page kept as a copy, debug log built only in debug mode', [path.join(readabilityRoot, 'Readability.js')]],
  ['lede: a single class read without a class list', inLinkedom('interface/element.js')],
  ['lede: page made again only for a retry', [path.join(readabilityRoot, 'Readability.js')]],
];

describe('the dependency patches applied on install', () => {
  it.each(PATCHED_FILES)('%s: applied', (mark, files) => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).toContain(`/* ${mark} */`);
  });
});

describe('linkedom after the patches', () => {
  it('keeps listeners working: add, bubble, once, remove', () => {
    const doc = parseHtml('<html><body><div id="outer"><p id="inner">x</p></div></body></html>');
    const outer = doc.getElementById('outer') as Element;
    const inner = doc.getElementById('inner') as Element;
    const heard: string[] = [];
    const onOuter = () => heard.push('outer');
    outer.addEventListener('ping', onOuter);
    inner.addEventListener('ping', () => heard.push('inner-once'), { once: true });
    const Event = doc.defaultView?.Event ?? globalThis.Event;
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner-once', 'outer', 'outer']);
  });

  it('ignores removing a listener from a node that never had one', () => {
    const doc = parseHtml('<p>x</p>');
    const p = doc.querySelector('p') as Element;
    expect(() => p.removeEventListener('ping', () => {})).not.toThrow();
    expect(p.dispatchEvent(new (doc.defaultView?.Event ?? globalThis.Event)('ping'))).toBe(true);
  });

  it('gives upper-case tag names for HTML, custom and many distinct tags', () => {
    const tags = Array.from({ length: 1500 }, (_, i) => `x-tag-${i}`);
    const doc = parseHtml(`<div></div><my-widget></my-widget>${tags.map((t) => `<${t}></${t}>`).join('')}`);
    expect(doc.querySelector('div')?.tagName).toBe('DIV');
    expect(doc.querySelector('my-widget')?.tagName).toBe('MY-WIDGET');
    const all = Array.from(doc.body.children).slice(2);
    expect(all.map((el) => el.tagName)).toEqual(tags.map((t) => t.toUpperCase()));
    expect(all[1499]?.nodeName).toBe('X-TAG-1499');
  });

  it('reads text content across nested elements, comments and CDATA-free markup', () => {
    const doc = parseHtml('<div id="d">One <b>two <i>three</i></b><!-- no -->four<p></p>five</div>');
    const div = doc.getElementById('d') as Element;
    expect(div.textContent).toBe('One two threefourfive');
    expect(doc.createElement('span').textContent).toBe('');
    div.textContent = 'replaced';
    expect(div.textContent).toBe('replaced');
  });

  it('keeps className in step with the class attribute and classList', () => {
    const doc = parseHtml('<p id="p" class="  lead   story lead ">x</p><p id="q">y</p>');
    const p = doc.getElementById('p') as Element;
    expect(p.className).toBe('lead story');
    p.classList.add('wide');
    p.classList.remove('lead');
    expect(p.className).toBe('story wide');
    expect(p.getAttribute('class')).toBe('story wide');
    p.setAttribute('class', 'a b');
    expect(p.className).toBe('a b');
    expect((doc.getElementById('q') as Element).className).toBe('');
  });

  it('reads the classes of a copied page, where no class list is built yet, as the original gives them', () => {
    const doc = parseHtml(
      '<div class="one"></div><div class="two words"></div><div class="a  b a"></div><div class=""></div><div></div>',
    );
    const copy = doc.cloneNode(true) as Document;
    const names = (d: Document) => Array.from(d.querySelectorAll('div')).map((el) => el.className);
    expect(names(copy)).toEqual(['one', 'two words', 'a b', '', '']);
    expect(names(copy)).toEqual(names(doc));
    const first = copy.querySelector('div') as Element;
    expect(first.getAttribute('class')).toBe('one');
    first.classList.add('more');
    expect(first.className).toBe('one more');
    first.removeAttribute('class');
    expect(first.className).toBe('');
  });
});

describe('Readability after the patch', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the story says something about the harbour, the council and the vote, with enough words.</p>`;

  it('starts again from the page as it was when an attempt finds too little text', () => {
    // The story sits in a box named like a sidebar, which the first attempt strips as unlikely: too little
    // text is left, so Readability restores the page and tries again without that rule.
    const story = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('');
    const html = `<html><head><title>Harbour vote</title></head><body><div class="sidebar">${story}</div></body></html>`;
    const result = new Readability(parseHtml(html)).parse();
    expect(result?.textContent).toContain('Paragraph 1 of the story');
    expect(result?.textContent).toContain('Paragraph 8 of the story');
  });

  it("makes the page again for a retry, through Lede's run, as the copy it replaces would have been", () => {
    // Line breaks for paragraphs, a <font>, a style sheet and an image without a source: Readability
    // prepares all of these before its first attempt, so the page made again must be prepared the same.
    const story = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('');
    const html = `<html><head><title>Harbour vote</title><style>p{}</style></head><body>
      <div class="sidebar"><h2 class="sidebar-title">The vote</h2>${story}
      First line<br><br>second line of a <font>broken</font> paragraph<img class="lazy">
      <ul class="share"><li><a href="/a">Share</a></li><li><a href="/b">Post</a></li></ul></div></body></html>`;
    const run = (pageAgain?: () => { doc: Document; listed: ReturnType<typeof prunePage> }) => {
      const doc = parseHtml(html);
      const listed = prunePage(doc);
      const result = runReadability(doc, () => null, listed, pageAgain);
      result.useStrict();
      return { strict: result.strict?.content?.outerHTML, loose: result.loose?.outerHTML ?? null };
    };
    let madeAgain = 0;
    const again = run(() => {
      madeAgain++;
      const doc = parseHtml(html);
      return { doc, listed: prunePage(doc) };
    });
    expect(madeAgain).toBeGreaterThan(0);
    expect(again.strict).toContain('Paragraph 8 of the story');
    expect(again).toEqual(run());
  });

  it('does not serialize the article when debug is off', () => {
    const story = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('');
    const doc = parseHtml(`<html><body><article>${story}</article></body></html>`);
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.createElement('div')));
    const owner = findOwner(proto, 'innerHTML');
    const original = Object.getOwnPropertyDescriptor(owner, 'innerHTML') as PropertyDescriptor;
    let reads = 0;
    Object.defineProperty(owner, 'innerHTML', {
      ...original,
      get(this: Element) {
        reads++;
        return original.get?.call(this);
      },
    });
    try {
      const result = new Readability(doc, { serializer: (el) => el }).parse();
      expect(result?.textContent).toContain('Paragraph 8');
    } finally {
      Object.defineProperty(owner, 'innerHTML', original);
    }
    expect(reads).toBe(0);
  });
});

function findOwner(start: object, property: string): object {
  for (let at: object | null = start; at; at = Object.getPrototypeOf(at)) {
    if (Object.getOwnPropertyDescriptor(at, property)) return at;
  }
  throw new Error(`no ${property} on the prototype chain`);
}
