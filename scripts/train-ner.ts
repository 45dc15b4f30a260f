/**
 * Trains Lede's named-entity tagger and writes assets/ner/model.bin.gz.
 *
 *   npm run train:ner -- [--data /work/shared/data/ner] [--epochs 10] [--bits 20] [--decoder viterbi]
 *                        [--seed 13] [--augment 0.08] [--min-population 15000] [--out assets/ner/model.bin.gz]
 *                        [--datelines 0.02] [--runs 3] [--folds 5] [--doc-drop 0.5] [--exclude-genres bio,voyage]
 *                        [--leave-out K/N] [--no-write]
 *
 * Training data: GUM train split + wikigold minus every 5th document (held out as wikigold dev).
 * Two passes: the first-pass tagger (sentence features), then a second-pass tagger that also sees what the
 * first pass said about the same words elsewhere in the document (core/entities/features.ts,
 * documentFeatures). The second pass learns from first-pass labels made by --folds models each trained
 * without the documents they label; --folds 0 trains a one-pass model. --runs: shuffles averaged per pass.
 * Reported: tagger-only span F1 on GUM dev and the wikigold dev part (gold tokens). The full recognizer
 * (tokenizer, assembly) is measured by `npm run eval:ner`.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type DocStats, docStats, documentFeatures, LABELS, sentenceFeatures } from '../core/entities/features';
import { Gazetteer } from '../core/entities/gazetteer';
import { ASSET_FORMAT, encodeModelFile, type NerAsset } from '../core/entities/model-file';
import { type Decoder, decode, type LinearWeights, spansFromTags } from '../core/entities/tagger';
import { args, foldArg } from './ner/cli-args';
import { datelineMaker } from './ner/datelines';
import { buildGazetteers, GIVEN_NAMES_SOURCE, withGivenNames } from './ner/gazetteers';
import { type Doc, readIob2, spansOf } from './ner/iob2';
import { addSpans, emptyScore, formatTable, prf, type Score } from './ner/metrics';
import { AveragedPerceptron, type Example, encodeWeights, quantize, rng, shuffle } from './ner/perceptron';

/** Every `every`-th wikigold document is held out for development (wikigold has no official split). */
export function splitWikigold(docs: Doc[], every: number): { train: Doc[]; dev: Doc[] } {
  return { train: docs.filter((_, i) => i % every !== 0), dev: docs.filter((_, i) => i % every === 0) };
}

/** GUM train documents minus the given genres; documents are matched to gum.docs.tsv rows by order. */
function withoutGenres(docs: Doc[], tsvPath: string, genres: string[]): Doc[] {
  const rows = readFileSync(tsvPath, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[3] === 'train');
  const consistent =
    rows.length === docs.length && rows.every((cols, i) => Number(cols[6]) === docs[i]?.sentences.length);
  if (!consistent) throw new Error(`${tsvPath} does not line up with gum.train.iob2; cannot filter genres`);
  const kept = docs.filter((_, i) => !genres.includes(rows[i]?.[2] ?? ''));
  console.log(`excluding GUM genres ${genres.join(', ')}: ${docs.length - kept.length} documents left out`);
  return kept;
}

/** The documents not in fold "K/N" (those whose index i has i % N !== K). */
export function withoutFold<T>(docs: T[], fold: string): T[] {
  const { k, n } = foldArg(fold, '--leave-out');
  return docs.filter((_, i) => i % n !== k);
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as']);
const titleCase = (words: string[]): string[] =>
  words.map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w : (w[0] ?? '').toUpperCase() + w.slice(1)));

/** A training document as the tagger sees it: its sentences (datelines added) and the headline-style copies. */
interface TrainDoc {
  stats: DocStats;
  sentences: { words: string[]; gold: number[] }[];
  /** Headline-style copies: words, gold, and the index of the sentence they copy. */
  copies: { words: string[]; gold: number[]; of: number }[];
}

function trainDocs(docs: Doc[], augment: number, datelines: number, random: () => number, seed: number): TrainDoc[] {
  const out: TrainDoc[] = [];
  // Its own random stream, so datelines do not reshuffle everything else.
  const datelineRandom = rng(seed + 1);
  const dateline = datelineMaker(datelineRandom);
  for (const doc of docs) {
    const stats = docStats(doc.sentences.map((s) => s.words));
    const td: TrainDoc = { stats, sentences: [], copies: [] };
    for (const original of doc.sentences) {
      // Now and then a sentence gets a dateline in front, as a wire story's first sentence has.
      const s = datelineRandom() < datelines ? dateline(original) : original;
      const gold = s.tags.map((t) => Math.max(0, LABELS.indexOf(t as (typeof LABELS)[number])));
      td.sentences.push({ words: s.words, gold });
      // Headline-style copies teach the model that capitals in a title carry little information.
      if (augment > 0 && random() < augment) {
        const words = random() < 0.8 ? titleCase(s.words) : s.words.map((w) => w.toUpperCase());
        td.copies.push({ words, gold, of: td.sentences.length - 1 });
      }
    }
    out.push(td);
  }
  return out;
}

/** First-pass examples, in the order the one-pass trainer always used (each sentence, then its copy). */
function firstPassExamples(docs: readonly TrainDoc[], gaz: Gazetteer): Example[] {
  const examples: Example[] = [];
  for (const d of docs) {
    let c = 0;
    d.sentences.forEach((s, i) => {
      examples.push({ feats: sentenceFeatures(s.words, d.stats, gaz), gold: s.gold });
      while (c < d.copies.length && d.copies[c]?.of === i) {
        const copy = d.copies[c++] as TrainDoc['copies'][number];
        examples.push({ feats: sentenceFeatures(copy.words, d.stats, gaz), gold: copy.gold });
      }
    });
  }
  return examples;
}

/**
 * Second-pass examples: features of each sentence plus document features from first-pass labels `tags`
 * (per document: the sentences' labels, then the copies' labels). A copy is seen in place of its sentence.
 */
function secondPassExamples(
  docs: readonly TrainDoc[],
  gaz: Gazetteer,
  tags: readonly { sentences: number[][]; copies: number[][] }[],
  drop = 0,
  random: () => number = Math.random,
): Example[] {
  const examples: Example[] = [];
  const maybe = <T>(x: T): T | undefined => (drop > 0 && random() < drop ? undefined : x);
  docs.forEach((d, k) => {
    const t = tags[k] as { sentences: number[][]; copies: number[][] };
    const words = d.sentences.map((s) => s.words);
    const extra = documentFeatures(words, t.sentences);
    d.sentences.forEach((s, i) => {
      examples.push({ feats: sentenceFeatures(s.words, d.stats, gaz, undefined, maybe(extra[i])), gold: s.gold });
    });
    d.copies.forEach((copy, c) => {
      const w = words.slice();
      w[copy.of] = copy.words;
      const tg = t.sentences.slice();
      tg[copy.of] = t.copies[c] as number[];
      const ex = documentFeatures(w, tg)[copy.of];
      examples.push({ feats: sentenceFeatures(copy.words, d.stats, gaz, undefined, maybe(ex)), gold: copy.gold });
    });
  });
  return examples;
}

function train(
  examples: Example[],
  bits: number,
  epochs: number,
  runs: number,
  decoder: Decoder,
  random: () => number,
  label: string,
  t0: number,
): Float64Array {
  // Several runs over different shuffles, their averaged weights averaged again: less variance from order.
  let averaged: Float64Array | null = null;
  for (let r = 0; r < runs; r++) {
    const model = new AveragedPerceptron(bits);
    for (let e = 1; e <= epochs; e++) {
      const errors = model.epoch(shuffle(examples, random), decoder);
      console.log(
        `${label} run ${r + 1} epoch ${e}: ${errors} token errors (${((Date.now() - t0) / 1000).toFixed(1)}s)`,
      );
    }
    const w = model.averaged();
    if (!averaged) averaged = w;
    else for (let i = 0; i < w.length; i++) averaged[i] = (averaged[i] as number) + (w[i] as number);
  }
  if (!averaged) throw new Error('--runs must be at least 1');
  for (let i = 0; i < averaged.length; i++) averaged[i] = (averaged[i] as number) / runs;
  return averaged;
}

/** First-pass labels of every sentence of a document (and of its copies, when given). */
function firstPassTags(
  d: { stats: DocStats; sentences: { words: string[] }[]; copies?: { words: string[] }[] },
  gaz: Gazetteer,
  model: LinearWeights,
  decoder: Decoder,
): { sentences: number[][]; copies: number[][] } {
  return {
    sentences: d.sentences.map((s) => decode(model, sentenceFeatures(s.words, d.stats, gaz), decoder)),
    copies: (d.copies ?? []).map((s) => decode(model, sentenceFeatures(s.words, d.stats, gaz), decoder)),
  };
}

export function scoreTagger(
  docs: Doc[],
  gaz: Gazetteer,
  model: LinearWeights,
  decoder: Decoder,
  second?: LinearWeights,
): Score {
  const score = emptyScore();
  for (const doc of docs) {
    const stats = docStats(doc.sentences.map((s) => s.words));
    let tags = doc.sentences.map((s) => decode(model, sentenceFeatures(s.words, stats, gaz), decoder));
    if (second) {
      const extra = documentFeatures(
        doc.sentences.map((s) => s.words),
        tags,
      );
      tags = doc.sentences.map((s, i) =>
        decode(second, sentenceFeatures(s.words, stats, gaz, undefined, extra[i]), decoder),
      );
    }
    doc.sentences.forEach((s, i) => {
      addSpans(score, spansOf(s.tags), spansFromTags(tags[i] as number[]));
    });
  }
  return score;
}

async function main(): Promise<void> {
  const a = args();
  const dataDir = resolve(a.get('data') ?? '/work/shared/data/ner');
  if (!existsSync(dataDir)) {
    console.error(
      `NER training data not found at ${dataDir}. Pass --data <dir> holding gum.train.iob2, gum.dev.iob2, wikigold.iob2.`,
    );
    process.exit(2);
  }
  const epochs = Number(a.get('epochs') ?? 10);
  const bits = Number(a.get('bits') ?? 20);
  const seed = Number(a.get('seed') ?? 13);
  const decoder = (a.get('decoder') ?? 'viterbi') as Decoder;
  const augment = Number(a.get('augment') ?? 0.08);
  const minPopulation = Number(a.get('min-population') ?? 15000);
  const every = Number(a.get('wikigold-dev-every') ?? 5);
  const out = resolve(a.get('out') ?? 'assets/ner/model.bin.gz');
  const usPlaces = a.get('us-places') ?? join(dataDir, '../publishers/wiki-media-cred/wikidata-us-cities.tsv');

  const t0 = Date.now();
  const { data: gazData, counts } = buildGazetteers({ minPopulation, usPlacesTsv: usPlaces });
  const gaz = new Gazetteer(gazData);
  console.log(`gazetteers: ${JSON.stringify(counts)}`);

  let gumTrain = readIob2(join(dataDir, 'gum.train.iob2'), 'gum-train-');
  const excluded = (a.get('exclude-genres') ?? '').split(',').filter(Boolean);
  if (excluded.length > 0) gumTrain = withoutGenres(gumTrain, join(dataDir, 'gum.docs.tsv'), excluded);
  // --leave-out K/N: GUM train documents i with i % N === K are left out, so that `eval:ner --fold K/N` on
  // gum.train.iob2 measures the whole recognizer on text its model never saw (cross-validation).
  const leaveOut = a.get('leave-out');
  if (leaveOut) gumTrain = withoutFold(gumTrain, leaveOut);
  const gumDev = readIob2(join(dataDir, 'gum.dev.iob2'), 'gum-dev-');
  const wiki = splitWikigold(readIob2(join(dataDir, 'wikigold.iob2'), 'wikigold-'), every);
  const random = rng(seed);
  const datelines = Number(a.get('datelines') ?? 0.02);
  const docs = trainDocs([...gumTrain, ...wiki.train], augment, datelines, random, seed);
  const examples = firstPassExamples(docs, gaz);
  console.log(
    `train: ${gumTrain.length} GUM + ${wiki.train.length} wikigold docs, ${examples.length} sentences; dev: ${gumDev.length} GUM, ${wiki.dev.length} wikigold docs`,
  );

  const runs = Number(a.get('runs') ?? 3);
  const docDrop = Number(a.get('doc-drop') ?? 0.5);
  const quantile = Number(a.get('quantile') ?? 0.99999);
  const averaged = train(examples, bits, epochs, runs, decoder, random, 'first pass', t0);
  const { q, scale } = quantize(averaged, quantile);
  const quantized = { bits, weights: q };

  // Second pass, trained on first-pass labels as they are on unseen text: each training document is
  // labelled by a first-pass model trained without it (k-fold), so the second pass learns how far to trust them.
  const folds = Number(a.get('folds') ?? 5);
  let second: { q: Int8Array; float: Float64Array } | null = null;
  if (folds > 1) {
    const foldOf = shuffle(
      docs.map((_, i) => i % folds),
      rng(seed + 2),
    );
    const tags: { sentences: number[][]; copies: number[][] }[] = new Array(docs.length);
    for (let k = 0; k < folds; k++) {
      const rest = firstPassExamples(
        docs.filter((_, i) => foldOf[i] !== k),
        gaz,
      );
      const w = train(rest, bits, epochs, 1, decoder, rng(seed + 100 + k), `fold ${k + 1}/${folds}`, t0);
      const wq = { bits, weights: quantize(w, quantile).q };
      docs.forEach((d, i) => {
        if (foldOf[i] === k) tags[i] = firstPassTags(d, gaz, wq, decoder);
      });
    }
    // Document features are left out of half the sentences, so the second pass does not lean on them alone.
    const examples2 = secondPassExamples(docs, gaz, tags, docDrop, rng(seed + 4));
    const float = train(examples2, bits, epochs, runs, decoder, rng(seed + 3), 'second pass', t0);
    second = { float, q: quantize(float, quantile).q };
  }

  if (a.has('try-quantiles')) {
    for (const qq of [0.99, 0.999, 0.9999, 0.99999, 1]) {
      const trial = quantize(averaged, qq);
      const s1 = scoreTagger(gumDev, gaz, { bits, weights: trial.q }, decoder).ALL;
      const s2 = scoreTagger(wiki.dev, gaz, { bits, weights: trial.q }, decoder).ALL;
      console.log(
        `quantile ${qq}: GUM dev F1 ${(100 * prf(s1).f).toFixed(1)}, wikigold dev F1 ${(100 * prf(s2).f).toFixed(1)}`,
      );
    }
  }
  for (const [name, dev] of [
    ['GUM dev', gumDev],
    ['wikigold dev', wiki.dev],
  ] as const) {
    console.log(`\n${name} (tagger on gold tokens)`);
    const rows: { name: string; score: Score }[] = [
      { name: 'float', score: scoreTagger(dev, gaz, { bits, weights: averaged }, decoder) },
      { name: 'int8', score: scoreTagger(dev, gaz, quantized, decoder) },
    ];
    if (second) {
      rows.push(
        {
          name: '2-pass float',
          score: scoreTagger(dev, gaz, { bits, weights: averaged }, decoder, { bits, weights: second.float }),
        },
        { name: '2-pass int8', score: scoreTagger(dev, gaz, quantized, decoder, { bits, weights: second.q }) },
      );
    }
    console.log(formatTable(rows));
  }
  if (a.get('no-write') === 'true') return;
  const bytes = encodeWeights(q);
  const asset: NerAsset = {
    format: ASSET_FORMAT,
    bits,
    labels: [...LABELS],
    decoder,
    scale,
    weights: bytes,
    ...(second ? { second: encodeWeights(second.q) } : {}),
    // Trained with the English first names; recognition also knows those of many languages (see withGivenNames).
    gazetteer: withGivenNames(gazData),
    meta: {
      trainedOn: ['GUM train split (amir-zeldes/gum@72ce5ac)', `wikigold minus every ${every}th document`],
      epochs,
      runs,
      folds,
      docDrop,
      seed,
      augment,
      datelines,
      minPopulation,
      givenNames: GIVEN_NAMES_SOURCE,
      credits: 'docs/credits/ner.md',
    },
  };
  mkdirSync(dirname(out), { recursive: true });
  // gzip output carries no time stamp, so the same seed writes the same bytes.
  const file = gzipSync(encodeModelFile(asset), { level: 9 });
  writeFileSync(out, file);
  console.log(`\nwrote ${out}: ${bytes.length} weight bytes, ${(file.length / 1e6).toFixed(2)} MB compressed`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
