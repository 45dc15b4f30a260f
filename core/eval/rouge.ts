/**
 * ROUGE as Google's `rouge-score` package computes it (the scorer most summarization papers report):
 * lowercase, every run of characters outside [a-z0-9] becomes a space, Porter stemming (NLTK's) for
 * tokens longer than 3 characters when asked; ROUGE-N over n-gram multisets; ROUGE-L over the whole
 * token sequence; ROUGE-Lsum as the summary-level LCS of Lin (2004, section 3.2), with texts split into
 * sentences at newlines and each reference token counted at most as often as it occurs.
 */
import { porterStemCached } from './porter-stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

export interface RougeOptions {
  /** Porter-stem tokens longer than 3 characters (rouge-score's `use_stemmer=True`). Default true. */
  stem?: boolean;
}

const ZERO: RougeScore = { precision: 0, recall: 0, fmeasure: 0 };

/** Tokens the way rouge-score's default tokenizer makes them. */
export function rougeTokenize(text: string, stem = true): string[] {
  const tokens: string[] = [];
  for (const raw of text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')) {
    if (raw === '') continue;
    const token = stem && raw.length > 3 ? porterStemCached(raw) : raw;
    // rouge-score keeps only tokens that are still [a-z0-9]+ after stemming; the stemmer only makes letters.
    if (token !== '') tokens.push(token);
  }
  return tokens;
}

export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // A space cannot occur inside a token, so it separates the words of an n-gram key unambiguously.
    const key = n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N over token lists. */
export function rougeN(target: readonly string[], prediction: readonly string[], n: number): RougeScore {
  const targetCounts = ngramCounts(target, n);
  const predictionCounts = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [gram, count] of targetCounts) overlap += Math.min(count, predictionCounts.get(gram) ?? 0);
  const targetTotal = Math.max(0, target.length - n + 1);
  const predictionTotal = Math.max(0, prediction.length - n + 1);
  const precision = overlap / Math.max(predictionTotal, 1);
  const recall = overlap / Math.max(targetTotal, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** The (rows+1) x (cols+1) LCS length table, flattened row by row. */
export function lcsTable<T>(ref: readonly T[], can: readonly T[]): Int32Array {
  const cols = can.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  return table;
}

/**
 * Indices into `ref` of one longest common subsequence, read back from the table the way rouge-score
 * does it (on a tie it moves up in `ref`), so the union LCS below picks the same tokens.
 */
export function lcsIndices<T>(ref: readonly T[], can: readonly T[]): number[] {
  const table = lcsTable(ref, can);
  const cols = can.length + 1;
  const indices: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
  return indices.reverse();
}

/** ROUGE-L over whole token sequences. */
export function rougeL(target: readonly string[], prediction: readonly string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return { ...ZERO };
  const table = lcsTable(target, prediction);
  const lcs = table[table.length - 1] as number;
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Tokens of `ref` in the union of its LCS with each candidate sentence, in `ref` order. */
export function unionLcs(ref: readonly string[], candidates: readonly (readonly string[])[]): string[] {
  const union = new Set<number>();
  for (const can of candidates) for (const index of lcsIndices(ref, can)) union.add(index);
  return [...union].sort((a, b) => a - b).map((index) => ref[index] as string);
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Summary-level LCS over tokenized sentences (ROUGE-Lsum). */
export function summaryLevelLcs(
  targetSentences: readonly (readonly string[])[],
  predictionSentences: readonly (readonly string[])[],
): RougeScore {
  if (targetSentences.length === 0 || predictionSentences.length === 0) return { ...ZERO };
  const m = targetSentences.reduce((sum, s) => sum + s.length, 0);
  const n = predictionSentences.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { ...ZERO };
  const targetLeft = countTokens(targetSentences);
  const predictionLeft = countTokens(predictionSentences);
  let hits = 0;
  for (const ref of targetSentences) {
    for (const token of unionLcs(ref, predictionSentences)) {
      const t = targetLeft.get(token) ?? 0;
      const p = predictionLeft.get(token) ?? 0;
      if (t > 0 && p > 0) {
        hits++;
        targetLeft.set(token, t - 1);
        predictionLeft.set(token, p - 1);
      }
    }
  }
  const precision = hits / n;
  const recall = hits / m;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Sentences for ROUGE-Lsum: one a line, blank lines dropped (as rouge-score's scorer does). */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/** Scores `prediction` against `target` (the reference); both are plain text, sentences one a line for Lsum. */
export function rougeScores(target: string, prediction: string, options: RougeOptions = {}): RougeScores {
  const stem = options.stem ?? true;
  const targetTokens = rougeTokenize(target, stem);
  const predictionTokens = rougeTokenize(prediction, stem);
  return {
    rouge1: rougeN(targetTokens, predictionTokens, 1),
    rouge2: rougeN(targetTokens, predictionTokens, 2),
    rougeL: rougeL(targetTokens, predictionTokens),
    rougeLsum: summaryLevelLcs(
      lines(target).map((line) => rougeTokenize(line, stem)),
      lines(prediction).map((line) => rougeTokenize(line, stem)),
    ),
  };
}
