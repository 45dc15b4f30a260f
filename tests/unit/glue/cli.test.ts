import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../cli/args';
import { runBatchLine } from '../../../cli/run';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED = path.join(ROOT, 'tests/fixtures/seed-article/page.html');
const lede = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/lede.mjs'), ...args], { input, encoding: 'utf8', cwd: ROOT });

describe('lede arguments', () => {
  it('parses read and batch with their options', () => {
    expect(parseArgs(['read', 'page.html', '--url', 'https://example.com/a', '--sentences', '2'])).toMatchObject({
      command: 'read',
      input: 'page.html',
      url: 'https://example.com/a',
      sentences: 2,
      text: false,
    });
    expect(parseArgs(['batch', '--text'])).toMatchObject({ command: 'batch', text: true });
    expect(parseArgs([]).command).toBe('help');
  });

  it.each([
    [['frobnicate']],
    [['read']],
    [['read', 'a.html', '--sentences', 'three']],
    [['read', 'a.html', '--url', 'not a url']],
    [['read', 'a.html', '--bogus']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});

describe('lede batch lines', () => {
  it('analyzes text and html inputs, and reports bad lines without stopping', async () => {
    const text = await runBatchLine(JSON.stringify({ id: 't1', text: 'One sentence here. Another one there.' }), {
      text: false,
    });
    expect(text.ok && text.result.article.text).toBe('One sentence here. Another one there.');
    const bad = await runBatchLine('{not json', { text: false });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    const missing = await runBatchLine(JSON.stringify({ id: 'm' }), { text: false });
    expect(missing).toMatchObject({ id: 'm', ok: false, error: { code: 'missing-input' } });
    const noId = await runBatchLine(JSON.stringify({ html: '<p>x</p>' }), { text: false });
    expect(noId).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the lede command', () => {
  it('reads the reference page and prints the article with its metadata', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/lede.mjs'), 'read', SEED], { encoding: 'utf8' });
    const analysis = JSON.parse(out);
    expect(analysis.schemaVersion).toBe(1);
    expect(analysis.article.title).toBe('ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops');
    expect(analysis.article.byline).toBe('Saagar Enjeti');
    expect(analysis.article.publishedDate).toBe('2016-10-27');
    expect(analysis.article.text.startsWith('The Islamic State claimed responsibility')).toBe(true);
    expect(Object.keys(analysis)).toEqual(
      expect.arrayContaining(['article', 'summary', 'entities', 'sources', 'timingsMs', 'warnings']),
    );
  });

  it('keeps plain text exactly with --text, from stdin', () => {
    const input = 'Line one.\n\nLine two, with  two spaces.\n';
    const result = lede(['read', '-', '--text'], input);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).article.text).toBe(input);
  });

  it('writes one line per batch input, in order, errors included', () => {
    const html = readFileSync(SEED, 'utf8');
    const lines = [
      JSON.stringify({ id: 'seed', html, url: 'https://dailycaller.com/2016/10/27/isis/' }),
      'garbage',
      JSON.stringify({ id: 'txt', text: 'Short text. Two sentences.' }),
    ].join('\n');
    const result = lede(['batch'], lines);
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((line) => [line.id, line.ok])).toEqual([
      ['seed', true],
      [null, false],
      ['txt', true],
    ]);
  });

  it('explains a missing file and a wrong command with a non-zero exit', () => {
    const missing = lede(['read', 'no-such-file.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    const wrong = lede(['summarise']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown command/);
  });
});
