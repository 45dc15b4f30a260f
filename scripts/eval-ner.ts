/**
 * Entity recognition F1 of Lede's recognizer next to a compromise baseline, CoNLL style (exact span and
 * type, PER/ORG/LOC; Lede's "other" ignored), plus speed.
 *
 *   npm run eval:ner -- --data /work/shared/data/ner/gum.dev.iob2 [--model asset.json] [--wikigold-dev] [--no-propagate] [--no-known] [--no-extend] [--no-drop-lower] [--no-strip-titles] [--no-company] [--no-company-cues] [--no-after-titles] [--errors N] [--no-baseline] [--speed-reps N] [--genre news] [--fold K/N | --fold all/N --model '/tmp/fold{k}.bin.gz']
 *
 * Each document's text is its sentences' tokens joined by spaces, sentences joined by newlines. Lede runs the
 * extension's code path (sentence splitting + entitiesWithModel, which recognizeEntities wraps); mention
 * offsets are mapped back to the tokens they overlap.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { entitiesWithModel } from '../core/entities/index';
import { loadModel, modelFromAsset, type NerModel } from '../core/entities/model';
import { readNerAssetFile } from '../core/entities/ner-asset-from-file';
import { isNewsOutletCalled, isOutletName } from '../core/sources/resolve';
import { splitSentences } from '../core/text/sentences';
import type { EntityType } from '../core/types';
import { args, foldArg } from './ner/cli-args';
import { type Doc, readIob2, spansOf } from './ner/iob2';
import { addSpans, emptyScore, formatTable, type Score } from './ner/metrics';

const TYPE: Partial<Record<EntityType | string, string>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  People: 'PER',
  Organization: 'ORG',
  Place: 'LOC',
};

interface DocText {
  text: string;
  /** Token char ranges in `text`. */
  tokens: { start: number; end: number }[];
  gold: { start: number; end: number; type: string }[];
}

function docText(doc: Doc): DocText {
  const tokens: { start: number; end: number }[] = [];
  const gold: { start: number; end: number; type: string }[] = [];
  let text = '';
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    const base = tokens.length;
    s.words.forEach((w, wi) => {
      if (wi > 0) text += ' ';
      tokens.push({ start: text.length, end: text.length + w.length });
      text += w;
    });
    for (const span of spansOf(s.tags)) gold.push({ start: base + span.start, end: base + span.end, type: span.type });
  });
  return { text, tokens, gold };
}

/** Token span covering the chars [start, end), or null if no token overlaps. */
function tokenSpan(d: DocText, start: number, end: number): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  // Binary search for the first token ending after `start`.
  let lo = 0;
  let hi = d.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((d.tokens[mid] as { end: number }).end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < d.tokens.length && (d.tokens[i] as { start: number }).start < end; i++) {
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { start: first, end: last + 1 };
}

async function main(): Promise<void> {
  const a = args();
  const path = a.get('data');
  if (!path || !existsSync(path)) {
    console.error(`Usage: npm run eval:ner -- --data <file.iob2>  (not found: ${path ?? 'no --data given'})`);
    process.exit(2);
  }
  let docs = readIob2(path);
  // wikigold has no official split: training holds out every 5th document, --wikigold-dev evaluates those.
  const every = Number(a.get('every') ?? 5);
  if (a.has('wikigold-dev')) docs = docs.filter((_, i) => i % every === 0);
  // --fold K/N: documents i with i % N === K, the ones `train:ner --leave-out K/N` kept out of training.
  // --fold all/N with --model '/tmp/fold{k}.bin.gz': every document, each scored by the model of its fold.
  const fold = a.get('fold');
  const { k: foldK, n: folds } = fold ? foldArg(fold, '--fold', true) : { k: -1, n: 0 };
  const allFolds = foldK === 'all';
  if (fold && !allFolds) docs = docs.filter((_, i) => i % folds === foldK);
  // --genre news: GUM documents of one genre (gum.docs.tsv next to the data file; rows in split order).
  const genre = a.get('genre');
  if (genre && allFolds) throw new Error('--genre and --fold all/N cannot be combined');
  if (genre) docs = ofGenre(docs, path, genre);
  const texts = docs.map(docText);
  const tokenCount = texts.reduce((n, d) => n + d.tokens.length, 0);
  // --model <model.bin.gz>: evaluate another trained model than the bundled one.
  const modelPath = a.get('model');
  const model = modelPath && !allFolds ? modelFromAsset(await readNerAssetFile(modelPath)) : await loadModel();
  const foldModels: NerModel[] = [];
  if (allFolds) {
    if (!modelPath?.includes('{k}')) throw new Error("--fold all/N needs --model with {k}, e.g. '/tmp/fold{k}.bin.gz'");
    for (let k = 0; k < folds; k++)
      foldModels.push(modelFromAsset(await readNerAssetFile(modelPath.replace('{k}', String(k)))));
  }
  const options = {
    propagate: !a.has('no-propagate'),
    knownAliases: !a.has('no-known'),
    extendPersons: !a.has('no-extend'),
    dropLowercaseEnd: !a.has('no-drop-lower'),
    stripTitles: !a.has('no-strip-titles'),
    companySuffixes: !a.has('no-company'),
    companyCues: !a.has('no-company-cues'),
    afterTitles: !a.has('no-after-titles'),
    // What the pipeline (core/analyze.ts) tells the entity stage: which names are news outlets'.
    ...(a.has('no-outlets') ? {} : { isNewsOutlet: isNewsOutletCalled, isOutletAlias: isOutletName }),
  };

  // Warm up both systems (JIT, lazy tables) on the first document before timing.
  for (const d of texts.slice(0, 3)) {
    entitiesWithModel(model, { text: d.text, title: '' }, { sentences: splitSentences(d.text) }, options);
    nlp(d.text).people().json({ offset: true });
  }
  const lede = emptyScore();
  const base = emptyScore();
  let ledeMs = 0;
  let baseMs = 0;
  let ledeCpu = 0;
  let baseCpu = 0;
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  const errors: string[] = [];
  for (const [i, d] of texts.entries()) {
    let t = performance.now();
    let c = process.cpuUsage();
    const entities = entitiesWithModel(
      allFolds ? (foldModels[i % folds] as NerModel) : model,
      { text: d.text, title: '' },
      { sentences: splitSentences(d.text) },
      options,
    );
    ledeCpu += cpuMs(c);
    ledeMs += performance.now() - t;
    const pred: { start: number; end: number; type: string }[] = [];
    for (const e of entities) {
      const type = TYPE[e.type];
      if (!type) continue;
      for (const m of e.mentions) {
        const span = tokenSpan(d, m.start, m.end);
        if (span) pred.push({ ...span, type });
      }
    }
    addSpans(lede, d.gold, pred);
    if (a.has('errors')) collectErrors(d, pred, errors);

    if (a.has('no-baseline')) continue;
    t = performance.now();
    c = process.cpuUsage();
    const doc = nlp(d.text);
    const basePred: { start: number; end: number; type: string }[] = [];
    for (const [type, view] of [
      ['PER', doc.people()],
      ['ORG', doc.organizations()],
      ['LOC', doc.places()],
    ] as const) {
      for (const item of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        let s = item.offset.start;
        let e = s + item.offset.length;
        // compromise spans include trailing punctuation ("Pakistan."): trim it before mapping to tokens.
        while (e > s && /[^\p{L}\p{N}]/u.test(d.text[e - 1] as string)) e--;
        while (s < e && /[^\p{L}\p{N}]/u.test(d.text[s] as string)) s++;
        const span = tokenSpan(d, s, e);
        if (span) basePred.push({ ...span, type });
      }
    }
    baseCpu += cpuMs(c);
    baseMs += performance.now() - t;
    addSpans(base, d.gold, basePred);
  }
  const subset = a.has('wikigold-dev')
    ? ` (every ${every}th document)`
    : genre
      ? ` (genre ${genre})`
      : fold
        ? ` (fold ${fold})`
        : '';
  console.log(`${path}${subset}: ${docs.length} documents, ${tokenCount} tokens`);
  console.log(
    formatTable([
      { name: 'Lede', score: lede },
      { name: 'compromise', score: base },
    ]),
  );
  const per1k = (ms: number) => ((1000 * ms) / tokenCount).toFixed(2);
  console.log(`ms per 1,000 tokens (wall): Lede ${per1k(ledeMs)}, compromise ${per1k(baseMs)}`);
  console.log(`ms per 1,000 tokens (process CPU): Lede ${per1k(ledeCpu)}, compromise ${per1k(baseCpu)}`);
  // Best of N timed passes over all documents (the machine may be shared; the fastest pass is the least disturbed).
  const reps = Number(a.get('speed-reps') ?? 0);
  if (reps > 0) {
    let best = Number.POSITIVE_INFINITY;
    let bestCpu = Number.POSITIVE_INFINITY;
    for (let r = 0; r < reps; r++) {
      const t = performance.now();
      const c = process.cpuUsage();
      for (const d of texts) {
        entitiesWithModel(model, { text: d.text, title: '' }, { sentences: splitSentences(d.text) }, options);
      }
      bestCpu = Math.min(bestCpu, cpuMs(c));
      best = Math.min(best, performance.now() - t);
    }
    console.log(`Lede, best of ${reps} passes: ${per1k(best)} ms (wall), ${per1k(bestCpu)} ms (CPU) per 1,000 tokens`);
  }
  if (errors.length) console.log(`\n${errors.slice(0, Number(a.get('errors')) || 60).join('\n')}`);
}

function ofGenre(docs: Doc[], path: string, genre: string): Doc[] {
  const split = /gum\.(train|dev|test)\.iob2$/.exec(path)?.[1];
  const tsv = join(dirname(path), 'gum.docs.tsv');
  if (!split || !existsSync(tsv))
    throw new Error('--genre needs a gum.{train,dev,test}.iob2 file next to gum.docs.tsv');
  const rows = readFileSync(tsv, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[3] === split);
  if (rows.length !== docs.length || rows.some((cols, i) => Number(cols[6]) !== docs[i]?.sentences.length)) {
    throw new Error(`${tsv} does not line up with ${path}`);
  }
  return docs.filter((_, i) => rows[i]?.[2] === genre);
}

function collectErrors(d: DocText, pred: { start: number; end: number; type: string }[], out: string[]): void {
  const str = (s: { start: number; end: number }) =>
    d.text.slice((d.tokens[s.start] as { start: number }).start, (d.tokens[s.end - 1] as { end: number }).end);
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(d.gold.map(key));
  const p = new Set(pred.map(key));
  for (const s of pred) if (!g.has(key(s))) out.push(`FP ${s.type} ${str(s)}`);
  for (const s of d.gold) if (!p.has(key(s))) out.push(`FN ${s.type} ${str(s)}`);
}

export type { Score };

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
