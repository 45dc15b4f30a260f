import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { analyzeDocument } from '../../../core/analyze';
import type { Analysis } from '../../../core/types';

/**
 * Big and strange pages, generated here (nothing big is committed): each must end with a result, or a
 * clear signal or warning, well inside a loose bound that only catches hangs. Times are printed, not
 * asserted tightly: the machine is shared.
 *
 * The pages nested 5,000 levels deep and of 20 MB are bounded by core/extract (a depth limit, a text
 * budget, a node budget and a time budget): they assert the result and the warning; hangs are caught by
 * the test timeout.
 */

const HANG_BOUND_MS = 60_000;
const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i} of the story: the harbour council met on Tuesday and Mayor Ana Ruiz said the sea wall would be repaired before the spring tides, according to the minutes.</p>`,
).join('');

/** For the pages below: a result or a warning is asserted, never a time. */
async function analyze(html: string): Promise<Analysis> {
  const analysis = await analyzeDocument(parseHtml(html, 'https://example.com/2024/01/02/story/'));
  console.log(
    `[big-pages] ${(html.length / 1e6).toFixed(1)} MB: extract ${Math.round(analysis.timingsMs.extract)} ms, ` +
      `${analysis.article.wordCount} words, warnings ${JSON.stringify(analysis.warnings)}, reasons ${JSON.stringify(analysis.article.signals.reasons)}`,
  );
  return analysis;
}

async function analyzeTimed(label: string, html: string): Promise<Analysis> {
  const started = performance.now();
  const analysis = await analyzeDocument(parseHtml(html, 'https://example.com/2024/01/02/story/'));
  const ms = performance.now() - started;
  console.log(
    `[big-pages] ${label}: ${(html.length / 1e6).toFixed(1)} MB in ${Math.round(ms)} ms (extract ${Math.round(analysis.timingsMs.extract)} ms), ` +
      `${analysis.article.wordCount} words, warnings ${JSON.stringify(analysis.warnings)}, reasons ${JSON.stringify(analysis.article.signals.reasons)}`,
  );
  expect(ms).toBeLessThan(HANG_BOUND_MS);
  return analysis;
}

describe('big and strange pages', () => {
  it('100,000 DOM nodes: reads the story and says the node budget cut the page', async () => {
    const filler = '<div class="row"><span>cell</span><a href="/x">link</a></div>'.repeat(34_000);
    const analysis = await analyzeTimed(
      '100k nodes',
      `<html><body><article>${STORY}</article><section>${filler}</section></body></html>`,
    );
    expect(analysis.article.text).toContain('Paragraph 0 of the story');
    expect(analysis.article.signals.truncated).toBe(true);
    expect(analysis.warnings).toContain('extraction-truncated');
  }, 120_000);

  it('a frameset: no body text, a clear "not an article" warning', async () => {
    const html =
      '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/left.html"><frame src="/right.html"></frameset></html>';
    const analysis = await analyzeTimed('frameset', html);
    expect(analysis.article.wordCount).toBe(0);
    expect(analysis.warnings).toContain('not-an-article');
  }, 120_000);

  it('an iframe-only page: the frame is never read as text, and the page is not an article', async () => {
    const html =
      '<html><head><title>Embed</title></head><body><iframe src="https://example.org/story" srcdoc="<p>inside the frame</p>" width="800" height="600"></iframe></body></html>';
    const analysis = await analyzeTimed('iframe only', html);
    expect(analysis.article.text).not.toContain('inside the frame');
    expect(analysis.warnings).toContain('not-an-article');
  }, 120_000);

  it('a page nested 5,000 levels deep: the story, and a warning that the page was flattened', async () => {
    const depth = 5_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<article>${STORY}</article>${'</div>'.repeat(depth)}</body></html>`;
    const analysis = await analyze(html);
    expect(analysis.article.text).toContain('Paragraph 7 of the story');
    expect(analysis.article.signals.reasons).toContain('depth-limit');
    expect(analysis.warnings).toContain('extraction-truncated');
  });

  it('a page of inline elements nested 5,000 levels deep ends with its text', async () => {
    const depth = 5_000;
    const html = `<html><body><p>${'<span><b>'.repeat(depth)}Deep text at the bottom of the page.${'</b></span>'.repeat(depth)}</p>${STORY}</body></html>`;
    const analysis = await analyze(html);
    expect(analysis.article.text).toContain('Paragraph 0 of the story');
    expect(analysis.warnings).toContain('extraction-truncated');
  });

  it('a 20 MB page of text: the start of it, and a warning that the text budget cut it', async () => {
    const comment = `<p>${'A long reader comment that goes on about the harbour wall and the tides. '.repeat(30)}</p>`;
    const html = `<html><body><article>${STORY}${comment.repeat(Math.ceil(20_000_000 / comment.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const analysis = await analyze(html);
    expect(analysis.article.text).toContain('Paragraph 0 of the story');
    expect(analysis.article.signals.reasons).toContain('text-budget');
    expect(analysis.warnings).toContain('extraction-truncated');
  });

  it('a 20 MB page with a 20 MB script: the story, untouched by the script', async () => {
    const html = `<html><head><script>var x = "${'x'.repeat(20_000_000)}";</script></head><body><article>${STORY}</article></body></html>`;
    const analysis = await analyze(html);
    expect(analysis.article.text).toContain('Paragraph 7 of the story');
    expect(analysis.article.text).not.toContain('xxxx');
  });
});
