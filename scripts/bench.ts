/**
 * `npm run bench`: speed, memory and size of Lede.
 *
 *   npm run bench -- [--data <dir>] [--limit N] [--rounds N] [--no-sizes] [--no-popup] [--popup-only]
 *
 * Runs the whole pipeline (the same `analyzeDocument` as the CLI) over a folder of pages — by default
 * the extraction development set in ../shared/data/extraction/wcxb-dev-articles (html/*.html.gz), plus
 * the reference page — and prints per-stage medians and 95th percentiles, ms per page and per 1,000
 * words, peak memory, and the size of each built bundle for both browsers (run `npm run build` and
 * `npm run zip` first for sizes), and the popup's end-to-end timing in Chromium (scripts/bench-popup.ts;
 * needs `npm run build:e2e`). Figures are printed, never asserted: tests stay free of timing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseHtml } from '../cli/parse-html';
import { analyzeDocument } from '../core/analyze';
import type { Stage } from '../core/types';
import { benchPopup, type PopupMark } from './bench-popup';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dataDir = path.resolve(option('--data') ?? path.join(ROOT, '../shared/data/extraction/wcxb-dev-articles'));
const limit = Number(option('--limit') ?? Number.POSITIVE_INFINITY);
/**
 * Passes over the pages of 800-1,200 words, which the Node budget is stated for: the first is the pass over
 * every page, the others go over those pages only. One pass on a shared machine moves by a few ms from
 * run to run; the median over several passes moves much less.
 */
const rounds = Math.max(1, Math.floor(Number(option('--rounds') ?? 5)));

/**
 * A page to benchmark, read from disk when its turn comes: the pipeline's heap then holds one page at a
 * time, as the extension's background does, instead of the whole data set (which also made the peak
 * memory figure mostly the benchmark's own).
 */
interface Page {
  id: string;
  html: () => string;
}

function loadPages(): Page[] {
  const seed = path.join(ROOT, 'tests/fixtures/seed-article/page.html');
  const pages: Page[] = [{ id: 'seed-article', html: () => readFileSync(seed, 'utf8') }];
  if (!existsSync(dataDir)) {
    console.log(`Data folder ${dataDir} is absent: benchmarking the reference page only.`);
    return pages;
  }
  const htmlDir = existsSync(path.join(dataDir, 'html')) ? path.join(dataDir, 'html') : dataDir;
  const files = readdirSync(htmlDir)
    .filter((file) => /\.html(\.gz)?$/.test(file))
    .sort();
  for (const file of files.slice(0, limit)) {
    const read = (): string => {
      const raw = readFileSync(path.join(htmlDir, file));
      return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    };
    pages.push({ id: file, html: read });
  }
  // Readability's test pages: one folder per page with source.html.
  for (const entry of readdirSync(dataDir)) {
    const source = path.join(dataDir, entry, 'source.html');
    if (pages.length <= limit && existsSync(source))
      pages.push({ id: entry, html: () => readFileSync(source, 'utf8') });
  }
  return pages;
}

const quantile = (values: number[], q: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] as number;
};
const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

async function benchPipeline(): Promise<void> {
  const pages = loadPages();
  const stages: Stage[] = ['extract', 'summary', 'entities', 'sources', 'total'];
  const times: Record<Stage | 'parse', number[]> = {
    parse: [],
    extract: [],
    summary: [],
    entities: [],
    sources: [],
    total: [],
  };
  const perThousandWords: number[] = [];
  // The budget is stated for a 1,000-word article: pages of 800 to 1,200 words measure it directly,
  // where dividing every page's time by its length would bill short pages' fixed costs per word.
  const thousandWordPages: Record<Stage, number[]> = { extract: [], summary: [], entities: [], sources: [], total: [] };
  const budgetPages: Page[] = [];
  const roundMedians: number[] = [];
  // Each budget page's fastest pass, stage by stage: noise on a shared machine only ever adds time.
  const fastest: Record<Stage, number>[] = [];
  const keepFastest = (at: number, timings: Record<Stage, number>): void => {
    const best = fastest[at];
    if (!best) fastest[at] = { ...timings };
    else for (const stage of stages) best[stage] = Math.min(best[stage], timings[stage]);
  };
  let peakRss = 0;
  let peakHeap = 0;
  // Warm up once so model loading and JIT are not billed to the first page.
  await analyzeDocument(parseHtml(pages[0]?.html() ?? ''), {});
  for (const page of pages) {
    const html = page.html();
    const started = performance.now();
    const doc = parseHtml(html);
    times.parse.push(performance.now() - started);
    const analysis = await analyzeDocument(doc, {});
    for (const stage of stages) times[stage].push(analysis.timingsMs[stage]);
    if (analysis.article.wordCount >= 100)
      perThousandWords.push((analysis.timingsMs.total / analysis.article.wordCount) * 1000);
    if (analysis.article.wordCount >= 800 && analysis.article.wordCount <= 1200) {
      for (const stage of stages) thousandWordPages[stage].push(analysis.timingsMs[stage]);
      keepFastest(budgetPages.length, analysis.timingsMs);
      budgetPages.push(page);
    }
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  }
  roundMedians.push(quantile(thousandWordPages.total, 0.5));
  for (let round = 1; round < rounds && budgetPages.length > 0; round++) {
    const totals: number[] = [];
    for (const [at, page] of budgetPages.entries()) {
      const analysis = await analyzeDocument(parseHtml(page.html()), {});
      for (const stage of stages) thousandWordPages[stage].push(analysis.timingsMs[stage]);
      keepFastest(at, analysis.timingsMs);
      totals.push(analysis.timingsMs.total);
    }
    roundMedians.push(quantile(totals, 0.5));
  }
  console.log(`\nPipeline over ${pages.length} pages (Node ${process.version}, linkedom DOM)`);
  console.log('stage        median ms   p95 ms');
  for (const stage of ['parse', ...stages] as const) {
    console.log(
      `${stage.padEnd(12)} ${fmt(quantile(times[stage], 0.5)).padStart(9)} ${fmt(quantile(times[stage], 0.95)).padStart(8)}`,
    );
  }
  console.log(
    `total per 1,000 words: median ${fmt(quantile(perThousandWords, 0.5))} ms, p95 ${fmt(quantile(perThousandWords, 0.95))} ms`,
  );
  console.log(
    `articles of 800-1,200 words (${budgetPages.length} pages, ${roundMedians.length} passes), median ms: ${stages
      .map((stage) => `${stage} ${fmt(quantile(thousandWordPages[stage], 0.5))}`)
      .join(', ')}`,
  );
  console.log(`  median total of each pass: ${roundMedians.map(fmt).join(', ')} ms`);
  console.log(
    `  each page's fastest pass, median ms: ${stages
      .map(
        (stage) =>
          `${stage} ${fmt(
            quantile(
              fastest.map((best) => best[stage]),
              0.5,
            ),
          )}`,
      )
      .join(', ')}`,
  );
  console.log(`peak memory: rss ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);
}

function sizeOf(file: string): number {
  return statSync(file).size;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function benchSizes(): void {
  console.log('\nBundle sizes (bytes, gzip in brackets)');
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const dir = path.join(ROOT, '.output', target);
    if (!existsSync(dir)) {
      console.log(`${target}: not built (run npm run build)`);
      continue;
    }
    const files = walk(dir);
    const group = (label: string, match: (file: string) => boolean) => {
      const chosen = files.filter(match);
      const raw = chosen.reduce((sum, file) => sum + sizeOf(file), 0);
      const gz = chosen.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
      console.log(`${target.padEnd(12)} ${label.padEnd(18)} ${String(raw).padStart(9)} [${gz}]`);
    };
    const base = (file: string) => path.basename(file);
    group('reader script', (file) => base(file) === 'reader.js');
    group('lookup card script', (file) => base(file) === 'lookup-card.js');
    group('background', (file) => base(file) === 'background.js');
    group('NER model file', (file) => file.endsWith(path.join('ner', 'model.bin.gz')));
    group('extension pages', (file) => file.includes(`${path.sep}chunks${path.sep}`));
    group('everything', () => true);
  }
  const zips = existsSync(path.join(ROOT, '.output'))
    ? readdirSync(path.join(ROOT, '.output')).filter((file) => file.endsWith('.zip'))
    : [];
  for (const zip of zips) console.log(`zip ${zip}: ${sizeOf(path.join(ROOT, '.output', zip))} bytes`);
  if (zips.length === 0) console.log('zips: none (run npm run zip)');
}

async function benchPopupTiming(): Promise<void> {
  console.log('\nPopup in Chromium: opening to the whole analysis shown (ms)');
  const result = await benchPopup();
  if (typeof result === 'string') {
    console.log(result);
    return;
  }
  const steps: Array<[PopupMark, string]> = [
    ['started', 'script started'],
    ['analyzed', 'read, analyzed'],
    ['shown', 'all shown'],
  ];
  for (const { page, runs, first } of result) {
    const firstNote = first ? `; the first, not counted: all shown at ${fmt(first.shown)} ms` : '';
    console.log(`${page} (${runs.shown.length} openings${firstNote})`);
    for (const [mark, label] of steps) {
      console.log(
        `  ${label.padEnd(16)} median ${fmt(quantile(runs[mark], 0.5)).padStart(7)}  p95 ${fmt(quantile(runs[mark], 0.95)).padStart(7)}`,
      );
    }
  }
}

if (!args.includes('--popup-only')) await benchPipeline();
if (!args.includes('--no-sizes') && !args.includes('--popup-only')) benchSizes();
if (!args.includes('--no-popup')) await benchPopupTiming();
