/**
 * Extraction eval: Lede and plain Readability side by side on one data folder.
 *
 *   npm run eval:extract -- --data ../shared/data/extraction/wcxb-dev-articles [--limit 100] [--dom jsdom]
 *
 * Reads either format in shared/data/extraction: wcxb (`ground-truth.json` + `html/<id>.html.gz`) or
 * Readability's test pages (`<case>/source.html`, `expected.html`, `expected-metadata.json`). Prints
 * shingle precision, recall and F1 (core/eval/shingles.ts), metadata accuracy per field for the
 * Readability pages, and median milliseconds per page; writes per-page rows to eval-output/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../cli/parse-html';
import { type PageScore, type SetScore, scorePage, scoreSet } from '../core/eval/shingles';
import { assemble, collectBlocks } from '../core/extract/blocks';
import { extractArticle } from '../core/extract/index';
import { normalizeDate } from '../core/extract/metadata/dates';
import { primaryLanguage } from '../core/extract/metadata/language';

interface EvalPage {
  id: string;
  url: string;
  html: string;
  truth: string;
  metadata?: Record<string, string | null>;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('data') ?? '../shared/data/extraction/wcxb-dev-articles');
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
const domName = option('dom') ?? 'linkedom';
const only = option('only');

if (!existsSync(dataDir)) {
  console.error(`No data folder at ${dataDir}. Pass --data <dir> (see shared/data/README.md for the extraction sets).`);
  process.exit(1);
}

const makeDocument = (html: string, url: string): Document =>
  domName === 'jsdom' ? new JSDOM(html, { url }).window.document : parseHtml(html, url);

function blockText(html: string): string {
  const doc = parseHtml(html);
  return assemble(collectBlocks(doc.body ?? doc.documentElement, null)).text;
}

function* loadPages(): Generator<EvalPage> {
  const truthFile = join(dataDir, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
    for (const [id, entry] of Object.entries(truth)) {
      if (only && id !== only) continue;
      const file = join(dataDir, 'html', `${id}.html.gz`);
      if (!existsSync(file)) continue;
      yield { id, url: entry.url, html: gunzipSync(readFileSync(file)).toString('utf8'), truth: entry.articleBody };
    }
    return;
  }
  for (const name of readdirSync(dataDir).sort()) {
    if (only && name !== only) continue;
    const folder = join(dataDir, name);
    if (!existsSync(join(folder, 'source.html')) || !existsSync(join(folder, 'expected.html'))) continue;
    const metadataFile = join(folder, 'expected-metadata.json');
    yield {
      id: name,
      url: 'http://fakehost/test/page.html',
      html: readFileSync(join(folder, 'source.html'), 'utf8'),
      truth: blockText(readFileSync(join(folder, 'expected.html'), 'utf8')),
      metadata: existsSync(metadataFile) ? JSON.parse(readFileSync(metadataFile, 'utf8')) : undefined,
    };
  }
}

const METADATA_FIELDS = ['title', 'byline', 'dir', 'lang', 'excerpt', 'siteName', 'publishedTime'] as const;
type MetadataField = (typeof METADATA_FIELDS)[number];

const squash = (value: string | null | undefined): string =>
  (value ?? '')
    .toLowerCase()
    .replace(/^\s*by\s+/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Field equality as a reader would judge it: case, spacing and punctuation aside; dates by instant or day. */
function sameField(field: MetadataField, got: string | null | undefined, want: string | null | undefined): boolean {
  if (field === 'dir') return (got ?? 'ltr') === (want ?? 'ltr');
  if (field === 'lang') return primaryLanguage(got) === primaryLanguage(want);
  if (field === 'publishedTime') {
    if (!want) return !got;
    const a = normalizeDate(got);
    const b = normalizeDate(want);
    if (!a || !b) return false;
    const instant = (d: string): number => Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d);
    return a.length > 10 && b.length > 10 ? instant(a) === instant(b) : a.slice(0, 10) === b.slice(0, 10);
  }
  return squash(got) === squash(want);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) : 0;
};

const setName = basename(dataDir);
const outDir = resolve('eval-output');
mkdirSync(outDir, { recursive: true });
const rows: string[] = [];
const scores = { lede: [] as PageScore[], readability: [] as PageScore[], readabilityBlocks: [] as PageScore[] };
const ms = { lede: [] as number[], readability: [] as number[], parse: [] as number[] };
const metadataHits = { lede: {} as Record<string, number>, readability: {} as Record<string, number> };
let metadataPages = 0;
const parseFailures: string[] = [];
let count = 0;

for (const page of loadPages()) {
  if (count++ >= limit) break;
  let t = performance.now();
  let ledeDoc: Document;
  try {
    ledeDoc = makeDocument(page.html, page.url);
  } catch (error) {
    // jsdom's CSS parser throws on some real pages; count them instead of stopping the run.
    parseFailures.push(`${page.id}: ${(error as Error).message.slice(0, 80)}`);
    continue;
  }
  ms.parse.push(performance.now() - t);
  t = performance.now();
  const article = extractArticle(ledeDoc, { url: page.url });
  ms.lede.push(performance.now() - t);

  const plainDoc = makeDocument(page.html, page.url);
  t = performance.now();
  let plain: ReturnType<Readability<Element>['parse']> = null;
  try {
    plain = new Readability<Element>(plainDoc, { serializer: (el) => el as Element }).parse();
  } catch {
    plain = null;
  }
  ms.readability.push(performance.now() - t);
  const plainText = plain?.textContent ?? '';
  const plainBlocks = plain?.content ? assemble(collectBlocks(plain.content, page.url)).text : '';

  const lede = scorePage(article.text, page.truth);
  const readability = scorePage(plainText, page.truth);
  const readabilityBlocks = scorePage(plainBlocks, page.truth);
  scores.lede.push(lede);
  scores.readability.push(readability);
  scores.readabilityBlocks.push(readabilityBlocks);

  const row: Record<string, unknown> = {
    id: page.id,
    url: page.url,
    lede: { p: round(lede.precision), r: round(lede.recall), words: article.wordCount },
    readability: { p: round(readability.precision), r: round(readability.recall) },
    readabilityBlocks: { p: round(readabilityBlocks.precision), r: round(readabilityBlocks.recall) },
    ms: round(ms.lede[ms.lede.length - 1] ?? 0),
    signals: article.signals,
    notes: article.notes.map((n) => n.kind),
  };
  if (page.metadata) {
    metadataPages++;
    const ledeValues: Record<MetadataField, string | null> = {
      title: article.title,
      byline: article.byline,
      dir: article.dir,
      lang: article.lang,
      excerpt: article.excerpt,
      siteName: article.siteName,
      publishedTime: article.publishedDate,
    };
    const misses: Record<string, unknown> = {};
    for (const field of METADATA_FIELDS) {
      const want = page.metadata[field];
      if (sameField(field, ledeValues[field], want)) metadataHits.lede[field] = (metadataHits.lede[field] ?? 0) + 1;
      else misses[field] = { got: ledeValues[field], want };
      if (sameField(field, plain?.[field] ?? null, want)) {
        metadataHits.readability[field] = (metadataHits.readability[field] ?? 0) + 1;
      }
    }
    row.metadataMisses = misses;
  }
  rows.push(JSON.stringify(row));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const outFile = join(outDir, `extract-${setName}.jsonl`);
writeFileSync(outFile, `${rows.join('\n')}\n`);

const line = (name: string, s: SetScore): string =>
  `${name.padEnd(24)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
console.log(`\n${setName}: ${rows.length} pages, DOM ${domName}`);
if (parseFailures.length) console.log(`${parseFailures.length} pages failed to parse: ${parseFailures.join('; ')}`);
console.log(line('Lede', scoreSet(scores.lede)));
console.log(line('Readability textContent', scoreSet(scores.readability)));
console.log(line('Readability blocks', scoreSet(scores.readabilityBlocks)));
console.log(
  `median ms/page: Lede ${median(ms.lede).toFixed(1)}, Readability ${median(ms.readability).toFixed(1)}, ${domName} parse ${median(ms.parse).toFixed(1)}`,
);
if (metadataPages) {
  console.log(`\nmetadata accuracy over ${metadataPages} pages (Lede / Readability):`);
  for (const field of METADATA_FIELDS) {
    const a = (metadataHits.lede[field] ?? 0) / metadataPages;
    const b = (metadataHits.readability[field] ?? 0) / metadataPages;
    console.log(`  ${field.padEnd(14)} ${a.toFixed(3)} / ${b.toFixed(3)}`);
  }
}
console.log(`\nper-page results: ${outFile}`);
