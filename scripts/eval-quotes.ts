/**
 * Scores quote spans, speakers and unattributed claims.
 *
 *   npm run eval:quotes                                  # both sets below
 *   npm run eval:quotes -- --data /work/shared/data/quotes/gum_silver/gum_quotes.silver.jsonl
 *   npm run eval:quotes -- --data tests/fixtures/quotes   # the hand-annotated fixtures
 *   add --verbose to list misses and false alarms, --json FILE to write the figures.
 *
 * GUM silver (see its SOURCE.md): quote spans are gold, speakers silver; it has no indirect speech and no
 * unattributed-claim labels, so only direct citations are scored there, and recall is given both over all
 * marked quotes (many are scare quotes with no speaker) and over those with a speaker.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeSources } from '../core/sources/index';
import {
  addCounts,
  type Counts,
  citationsForScoring,
  type GoldCitation,
  precision,
  quoteSpan,
  recall,
  scoreCitations,
  scoreClaims,
} from '../core/sources/score';
import { articleFromText } from '../core/text/article-from-text';
import { splitSentences } from '../core/text/sentences';
import type { Citation, Sources } from '../core/types';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const root = resolve(import.meta.dirname, '..');
const DEFAULT_GUM = '/work/shared/data/quotes/gum_silver/gum_quotes.silver.jsonl';
const DEFAULT_FIXTURES = join(root, 'tests', 'fixtures', 'quotes');

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const prf = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return `P ${pct(p)}  R ${pct(r)}  F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function analyze(text: string): Sources {
  const article = articleFromText(text);
  return analyzeSources(article, { sentences: splitSentences(text), entities: [] });
}

interface Report {
  set: string;
  docs: number;
  citationsSpan: Counts;
  citationsFull: Counts;
  speakerAccuracy: number;
  extra?: Record<string, unknown>;
  unattributed?: Counts;
}

function evalGum(file: string): Report {
  const docsFile = join(dirname(file), 'gum_quote_docs.jsonl');
  const lines = (p: string) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  const docs = new Map<string, string>(
    lines(docsFile).map((d: { doc_id: string; text: string }) => [d.doc_id, d.text]),
  );
  const gold = new Map<string, GoldCitation[]>();
  for (const q of lines(file) as {
    doc_id: string;
    quote_char_span: [number, number];
    speaker: { canonical_name?: string | null; mention_text?: string } | null;
  }[]) {
    const speaker = q.speaker
      ? [q.speaker.canonical_name, q.speaker.mention_text].filter((s): s is string => !!s)
      : null;
    const list = gold.get(q.doc_id) ?? [];
    list.push({
      speaker: speaker?.length ? speaker : null,
      start: q.quote_char_span[0],
      end: q.quote_char_span[1],
      direct: true,
    });
    gold.set(q.doc_id, list);
  }
  let span = zero();
  let full = zero();
  let withSpeaker = zero();
  let withSpeakerSpan = zero();
  let speakerMatched = 0;
  let speakerTotal = 0;
  for (const [id, g] of gold) {
    const text = docs.get(id);
    if (text === undefined) continue;
    const predicted = citationsForScoring(analyze(text).citations).filter((c) => c.direct);
    const s = scoreCitations(text, predicted, g);
    span = addCounts(span, s.span);
    full = addCounts(full, s.full);
    speakerMatched += s.speakerMatched;
    speakerTotal += s.speakerTotal;
    const ws = scoreCitations(
      text,
      predicted,
      g.filter((x) => x.speaker !== null),
    );
    withSpeaker = addCounts(withSpeaker, { tp: ws.full.tp, fp: 0, fn: ws.full.fn });
    withSpeakerSpan = addCounts(withSpeakerSpan, { tp: ws.span.tp, fp: 0, fn: ws.span.fn });
    if (verbose) report(id, text, predicted, g);
  }
  return {
    set: 'gum_silver (direct quotes)',
    docs: gold.size,
    citationsSpan: span,
    citationsFull: full,
    speakerAccuracy: speakerTotal ? speakerMatched / speakerTotal : 1,
    extra: {
      'quotes with a silver speaker': withSpeaker.tp + withSpeaker.fn,
      '  of those, span found (recall)': recall(withSpeakerSpan),
      '  of those, span and speaker found (recall)': recall(withSpeaker),
    },
  };
}

function report(id: string, text: string, predicted: Citation[], gold: GoldCitation[]): void {
  const s = scoreCitations(text, predicted, gold);
  if (s.full.fp === 0 && s.full.fn === 0) return;
  console.log(`\n## ${id}`);
  for (const g of gold) console.log(`  gold  [${g.speaker ?? '-'}] ${text.slice(g.start, g.end).slice(0, 90)}`);
  for (const c of predicted) {
    const [a, b] = quoteSpan(text, c);
    console.log(`  pred  [${c.source} | ${c.kind} | ${c.verb ?? ''}] ${text.slice(a, b).slice(0, 90)}`);
  }
}

interface Expected {
  citations: { speaker: string | string[]; quote: string; direct: boolean }[];
  unattributed: { marker: string; text: string }[];
}

export function loadFixture(dir: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(join(dir, 'article.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

function evalFixtures(dir: string): Report {
  const slugs = readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort();
  let span = zero();
  let full = zero();
  let claims = zero();
  let speakerMatched = 0;
  let speakerTotal = 0;
  for (const slug of slugs) {
    const { text, expected } = loadFixture(join(dir, slug));
    const result = analyze(text);
    const predicted = citationsForScoring(result.citations);
    const gold: GoldCitation[] = expected.citations.map((c) => {
      const start = text.indexOf(c.quote);
      return { speaker: c.speaker, start, end: start + c.quote.length, direct: c.direct };
    });
    const s = scoreCitations(text, predicted, gold);
    span = addCounts(span, s.span);
    full = addCounts(full, s.full);
    speakerMatched += s.speakerMatched;
    speakerTotal += s.speakerTotal;
    const goldClaims = expected.unattributed.map((u) => {
      const start = text.indexOf(u.text);
      return { start, end: start + u.text.length };
    });
    const c = scoreClaims(result.unattributed, goldClaims);
    claims = addCounts(claims, c);
    if (verbose) {
      report(slug, text, predicted, gold);
      if (c.fp || c.fn) {
        console.log(`  claims gold: ${expected.unattributed.map((u) => u.marker).join(', ') || '-'}`);
        console.log(
          `  claims pred: ${result.unattributed.map((u) => `${u.marker} «${u.text.slice(0, 60)}»`).join(', ') || '-'}`,
        );
      }
    }
  }
  return {
    set: `hand-annotated fixtures (${relative(dir)})`,
    docs: slugs.length,
    citationsSpan: span,
    citationsFull: full,
    speakerAccuracy: speakerTotal ? speakerMatched / speakerTotal : 1,
    unattributed: claims,
  };
}

function relative(p: string): string {
  return p.startsWith(root) ? p.slice(root.length + 1) : p;
}

function print(r: Report): void {
  console.log(`\n${r.set}: ${r.docs} documents`);
  console.log(`  citations, quote span matched:            ${prf(r.citationsSpan)}`);
  console.log(`  citations, span and speaker matched:      ${prf(r.citationsFull)}`);
  console.log(`  speaker accuracy on matched spans:        ${pct(r.speakerAccuracy)}`);
  for (const [k, v] of Object.entries(r.extra ?? {}))
    console.log(`  ${`${k}:`.padEnd(41)} ${typeof v === 'number' && v <= 1 ? pct(v) : v}`);
  if (r.unattributed) console.log(`  unattributed claims:                      ${prf(r.unattributed)}`);
}

const data = opt('--data');
const reports: Report[] = [];
const targets = data ? [resolve(data)] : [DEFAULT_GUM, DEFAULT_FIXTURES].filter((p) => existsSync(p));
for (const target of targets) {
  if (statSync(target).isDirectory()) reports.push(evalFixtures(target));
  else reports.push(evalGum(target));
}
for (const r of reports) print(r);
const jsonOut = opt('--json');
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(reports, null, 2)}\n`);
