/**
 * ROUGE of the extractive summary against reference summaries, next to the lead baselines on the same
 * articles, plus the time the summary takes (sentence splitting and scoring, per article).
 *
 *   npm run eval:summary -- [--data <file.jsonl>] [--sentences N] [--no-stem] [--limit N]
 *
 * Each line of the data file is {"id", "article", "reference"}. Summaries and references are written one
 * sentence a line before ROUGE-Lsum, as rouge-score expects. Default data: ../shared/data/summaries/cnndm-dev.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeEntities } from '../core/entities/index';
import { type RougeScores, rougeScores } from '../core/eval/rouge';
import { summarize } from '../core/summary/index';
import { articleFromText } from '../core/text/article-from-text';
import { splitSentences } from '../core/text/sentences';

interface Example {
  id: string;
  article: string;
  reference: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { data: string; sentences: number; stem: boolean; limit: number } {
  const options = {
    data: resolve(root, '../shared/data/summaries/cnndm-dev.jsonl'),
    sentences: 3,
    stem: true,
    limit: Number.POSITIVE_INFINITY,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--data' && value) {
      options.data = resolve(process.cwd(), value);
      i++;
    } else if (arg === '--sentences' && value) {
      options.sentences = Number.parseInt(value, 10);
      i++;
    } else if (arg === '--limit' && value) {
      options.limit = Number.parseInt(value, 10);
      i++;
    } else if (arg === '--no-stem') {
      options.stem = false;
    } else {
      throw new Error(`Unknown or incomplete argument: ${arg}`);
    }
  }
  if (!Number.isInteger(options.sentences) || options.sentences < 1)
    throw new Error('--sentences takes a positive integer');
  return options;
}

/** One sentence a line, as ROUGE-Lsum wants it. */
const asLines = (sentences: readonly { text: string }[]): string =>
  sentences.map((s) => s.text.replace(/\s*\n\s*/g, ' ')).join('\n');

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

type Totals = { r1: number; r2: number; rl: number };
const add = (totals: Totals, s: RougeScores): void => {
  totals.r1 += s.rouge1.fmeasure;
  totals.r2 += s.rouge2.fmeasure;
  totals.rl += s.rougeLsum.fmeasure;
};

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.data)) {
    console.error(
      `No data at ${options.data}.\nGive a JSONL file of {"id","article","reference"} lines with --data <file.jsonl> ` +
        '(the development sets live in ../shared/data/summaries/, next to the project).',
    );
    process.exitCode = 1;
    return;
  }
  const examples: Example[] = readFileSync(options.data, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, options.limit)
    .map((line) => JSON.parse(line) as Example);

  const n = options.sentences;
  const systems: Record<string, Totals> = {
    lede: { r1: 0, r2: 0, rl: 0 },
    [`lead-${n}`]: { r1: 0, r2: 0, rl: 0 },
    ...(n !== 3 ? { 'lead-3': { r1: 0, r2: 0, rl: 0 } } : {}),
    ...(n !== 1 ? { 'lead-1': { r1: 0, r2: 0, rl: 0 } } : {}),
  };
  const times: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpuTimes: number[] = [];
  let empty = 0;
  for (const example of examples) {
    const article = articleFromText(example.article);
    const reference = asLines(splitSentences(example.reference));
    const entitySentences = splitSentences(article.text);
    const entities = await recognizeEntities(article, { sentences: entitySentences });

    const t = performance.now();
    const cpu = process.cpuUsage();
    const sentences = splitSentences(article.text);
    const summary = summarize(article, { sentences, entities }, n);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    if (summary.length === 0) empty++;

    const score = (prediction: string): RougeScores => rougeScores(reference, prediction, { stem: options.stem });
    add(systems.lede as Totals, score(asLines(summary)));
    for (const [name, totals] of Object.entries(systems)) {
      const lead = /^lead-(\d+)$/.exec(name);
      if (lead) add(totals, score(asLines(sentences.slice(0, Number(lead[1])))));
    }
  }

  const count = examples.length;
  console.log(`${options.data}: ${count} articles, ${n} sentence(s), ROUGE F1 x100${options.stem ? ' (stemmed)' : ''}`);
  console.log('system    ROUGE-1  ROUGE-2  ROUGE-Lsum');
  for (const [name, t] of Object.entries(systems)) {
    const f = (v: number): string => ((100 * v) / Math.max(1, count)).toFixed(2).padStart(7);
    console.log(`${name.padEnd(8)} ${f(t.r1)}  ${f(t.r2)}  ${f(t.rl)}`);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  console.log(
    `lede time per article (split + summarize, one pass): wall median ${percentile(times, 50).toFixed(2)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(2)} ms, max ${percentile(times, 100).toFixed(2)} ms; ` +
      `CPU median ${percentile(cpuTimes, 50).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(2)} ms; ` +
      `empty summaries: ${empty}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
