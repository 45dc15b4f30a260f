import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../../utils/extract-snapshot';
import { slimCopy, takeSnapshot } from '../../../utils/page-snapshot';

const SEED = join(import.meta.dirname, '../../fixtures/seed-article/page.html');
const SEED_URL = 'https://dailycaller.com/2016/10/27/isis-recruitment/';

describe('page snapshots (the reader script hands the extension a copy of the live page)', () => {
  it('drop scripts, styles and inline SVG but keep JSON-LD, even when JSON-LD text looks like markup', () => {
    const { window } = new JSDOM(`<head><script>var a = "</div>";</script>
      <script type="application/ld+json">{"headline":"H <svg onload=alert(1)>"}</script>
      <style>p { color: red }</style></head><body><svg><path d="M0"/></svg><p>Story text.</p><svg></svg></body>`);
    const slim = slimCopy(window.document);
    expect(slim).not.toMatch(/var a|color: red|<path/);
    expect(slim).toContain('{"headline":"H <svg onload=alert(1)>"}');
    expect(slim).toContain('<p>Story text.</p>');
  });

  it('read the live document, including what a script changed after load', () => {
    const { window } = new JSDOM('<html><body><h1>First story</h1></body></html>', { url: 'https://a.example/1' });
    window.document.body.innerHTML = '<h1>Second story</h1>';
    const snapshot = takeSnapshot(window.document, 'https://a.example/2');
    expect(snapshot.html).toContain('Second story');
    expect(snapshot.html).not.toContain('First story');
    expect(snapshot.url).toBe('https://a.example/2');
  });

  it('cut an enormous page and say so in the article signals', () => {
    const { window } = new JSDOM(
      `<html><body><article>${'<p>Words in a very long story.</p>'.repeat(2000)}</article></body></html>`,
    );
    const snapshot = takeSnapshot(window.document, 'https://a.example/long', 20_000);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.html.length).toBe(20_000);
    const read = extractSnapshot(snapshot);
    expect(read.ok && read.article.signals.truncated).toBe(true);
  });

  it('extract the reference article from its snapshot as the CLI does from the saved page', () => {
    const { window } = new JSDOM(readFileSync(SEED, 'utf8'), { url: SEED_URL });
    const read = extractSnapshot(takeSnapshot(window.document, SEED_URL));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.article.title).toMatch(/ISIS/);
    expect(read.article.authors[0]?.name).toBe('Saagar Enjeti');
    expect(read.article.signals.truncated).toBe(false);
    expect(read.article.text).not.toMatch(/Content created by The Daily Caller News Foundation/);
  });

  it('keep the story of a hostile page whose JSON-LD and attributes are full of markup', () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/hostile/script-payloads.html'), 'utf8');
    const { window } = new JSDOM(html, { url: 'http://127.0.0.1/hostile/script-payloads/' });
    const read = extractSnapshot(takeSnapshot(window.document, 'http://127.0.0.1/hostile/script-payloads/'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.article.text).toContain('The harbour council voted on Tuesday');
  });
});
