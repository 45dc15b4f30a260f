// scripts/patch-linkedom.mjs (run on install) makes linkedom create a node's listener map on first use
// instead of for every node and attribute, which about halves extraction time. These tests make sure the
// patch is in place after `npm ci` and that events on linkedom nodes still behave as the DOM says.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../core/parse-html';

// The mark scripts/patch-linkedom.mjs writes. Not imported: importing the script would apply the patch.
const PATCH_MARK = '/* lede: listener map made on first use */';
const linkedomRoot = path.dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));

describe('the linkedom install patch', () => {
  it('is applied to both module flavours after install', () => {
    for (const flavour of ['esm', 'cjs']) {
      const text = readFileSync(path.join(linkedomRoot, flavour, 'interface', 'event-target.js'), 'utf8');
      expect(text, `${flavour} event-target.js`).toContain(PATCH_MARK);
    }
  });

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
});
