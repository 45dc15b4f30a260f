// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderArticleHtml, sanitizeArticleHtml } from '../../../utils/safe-html';

/** What a hostile page could try to get through the extractor into the reader view. */
const HOSTILE = `
  <p onclick="steal()">Hello <b>world</b><script>alert(1)</script></p>
  <img src="https://cdn.example/a.jpg" onerror="alert(2)" srcset="https://evil.example/x 2x">
  <a href="javascript:alert(3)">click</a>
  <a href="https://example.com/story" target="_self">story</a>
  <iframe src="https://evil.example"></iframe>
  <form action="https://evil.example"><input name="q"><button>Go</button></form>
  <svg><script>alert(4)</script></svg>
  <p style="position:fixed;inset:0">overlay</p>
  <style>body{display:none}</style>
  <math><mi xlink:href="javascript:alert(5)">x</mi></math>
  <p id="app" class="popup">clobber</p>
`;

describe('article HTML in the reader view', () => {
  it('drops scripts, handlers, frames, forms, styles and unsafe URLs', () => {
    const clean = sanitizeArticleHtml(HOSTILE);
    expect(clean).not.toMatch(
      /<script|onerror|onclick|<iframe|<form|<input|<button|<style|style=|javascript:|<svg|<math|srcset/i,
    );
    expect(clean).not.toMatch(/id="app"|class="popup"/);
    expect(clean).toContain('<b>world</b>');
    expect(clean).toContain('https://example.com/story');
  });

  it('is the only innerHTML: links open in a new tab, unsafe ones are inert text', () => {
    const host = document.createElement('div');
    renderArticleHtml(host, HOSTILE);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://example.com/story']);
    expect(links[1]?.target).toBe('_blank');
    expect(links[1]?.rel).toBe('noopener noreferrer');
    const image = host.querySelector('img');
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(image?.getAttribute('alt')).toBe('');
    expect(host.querySelector('[onerror], [onclick], script')).toBeNull();
  });

  it('keeps ordinary article markup', () => {
    const html =
      '<h2>Heading</h2><p>Text with <em>emphasis</em> and <a href="https://a.example/">a link</a>.</p><blockquote>Quote</blockquote><figure><img src="https://a.example/i.png" alt="A"><figcaption>Caption</figcaption></figure>';
    const host = document.createElement('div');
    renderArticleHtml(host, html);
    expect(host.querySelector('h2')?.textContent).toBe('Heading');
    expect(host.querySelector('em')?.textContent).toBe('emphasis');
    expect(host.querySelector('figcaption')?.textContent).toBe('Caption');
    expect(host.querySelector('img')?.getAttribute('alt')).toBe('A');
  });
});
