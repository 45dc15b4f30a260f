import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { assemble, collectBlocks, safeHref } from '../../../core/extract/blocks';

const render = (body: string, base = 'https://site.example/news/a') => {
  const doc = parseHtml(`<html><body><article>${body}</article></body></html>`);
  return assemble(collectBlocks(doc.querySelector('article') as Element, base));
};

describe('link targets', () => {
  it('allows only http, https and mailto, made absolute', () => {
    expect(safeHref('/b', 'https://site.example/news/a')).toBe('https://site.example/b');
    expect(safeHref('mailto:a@b.example', null)).toBe('mailto:a@b.example');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '#top',
    ]) {
      expect(safeHref(bad, 'https://site.example/')).toBeNull();
    }
  });
});

describe('allowlist serializer', () => {
  it('keeps structure and drops every attribute but href', () => {
    const { html } = render(
      '<h1 class="x">Head</h1><p style="color:red" onclick="x()">A <b>bold</b> <a href="/z" target="_blank">link</a></p><ul><li>one</li><li>two</li></ul>',
    );
    expect(html).toBe(
      '<h2>Head</h2><p>A <b>bold</b> <a href="https://site.example/z">link</a></p><ul><li>one</li><li>two</li></ul>',
    );
  });

  it('joins blocks with blank lines and maps link offsets', () => {
    const { text, links } = render(
      '<p>First   paragraph.</p><div>Second with <a href="https://x.example/">a  link</a> inside.</div>',
    );
    expect(text).toBe('First paragraph.\n\nSecond with a link inside.');
    expect(links).toEqual([{ href: 'https://x.example/', text: 'a link', start: 30, end: 36 }]);
  });

  it('never lets markup through from arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const doc = parseHtml('<html><body><article><p></p></article></body></html>');
        const p = doc.querySelector('p') as Element;
        p.appendChild(doc.createTextNode(a));
        const link = doc.createElement('a');
        link.setAttribute('href', b);
        link.appendChild(doc.createTextNode(a));
        p.appendChild(link);
        const { html, text, links } = assemble(
          collectBlocks(doc.querySelector('article') as Element, 'https://s.example/'),
        );
        expect(html).not.toMatch(/<(?!\/?(?:p|a|br)\b)[a-z]/i);
        expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
        for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.text);
      }),
      { numRuns: 300 },
    );
  });
});
