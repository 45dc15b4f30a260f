import { hasNoSpaceScript, NO_SPACE_SCRIPT_ALL } from '../text/words';
import type { Article, Entity, TextSpan } from '../types';
import { isBoilerplate } from './boilerplate';
import { addDirectedCentrality } from './centrality';
import { entityWeights } from './entities';
import { normalize } from './normalize';
import { contentTerms, wordCount } from './tokens';

/**
 * Everything the summarizer knows about one candidate sentence. Features are plain numbers, mostly in
 * 0..1, so that a linear score with tuned weights (see weights.ts) can combine them.
 */
export const FEATURE_NAMES = [
  /** 1 for the first sentence of the story. */
  'first',
  /** 1 / (1 + index): the lead matters in news. */
  'early',
  /** 1 within the first three sentences. */
  'lead',
  /** 1 for the first sentence of a paragraph. */
  'paragraphStart',
  /** Cosine similarity of the sentence's TF-IDF vector to the whole document's. */
  'centrality',
  /** Mean similarity to the sentences that follow (a lead sums up what comes after it), relative to the best. */
  'forward',
  /** Mean similarity to the sentences before it (a sentence that repeats earlier ones adds little). */
  'backward',
  /** Share of the document's repeated content words the sentence covers, relative to the best sentence. */
  'keywords',
  /** Salience of the entities mentioned (or, without entities, of repeated capitalized words). */
  'entities',
  /** Share of the title's content words the sentence contains. */
  'title',
  /** The sentence carries a figure. */
  'number',
  /** Share of the sentence inside quotation marks. */
  'quoted',
  /** A reporting verb marks attribution ("said", "told", "according to"). */
  'attributed',
  /** Length up to 20 words, then flat. */
  'length',
  /** Words / 40, capped at 2: a per-word cost or gain, since ROUGE F1 rewards matching the reference's length. */
  'size',
  /** Words beyond 40, scaled. */
  'tooLong',
  /** Fewer than 8 words. */
  'short',
  /** A question, a heading without final punctuation, a line of a list or a lead-in ending in ':'. */
  'shape',
  /** Reads like a photo caption: a short label and a colon ("Horrific scar: Gary Mabbutt has …"). */
  'caption',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface Candidate {
  span: TextSpan;
  /** Index among all sentences. */
  index: number;
  features: Record<FeatureName, number>;
  /** The sentence's TF-IDF vector, sparse: term ids in increasing order with their weights, and its norm. */
  termIds: Int32Array;
  termWeights: Float64Array;
  norm: number;
}

const QUOTED = /[“"«„「][^“”"«»„「」]{3,}[”"»“」]/gu;
const ATTRIBUTION =
  /\b(?:said|says|told|added|explained|according\s+to|announced|reported|stated|warned|claimed|insisted|noted|confirmed|denied)\b/iu;
const CAPTION = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s/u;
const SPEECH_LEAD_IN = /\b(?:said|says|told|added|explained|wrote|tweeted)\s*:\s/iu;
const BULLET = /^(?:[•·▪‣◦○●■□➢➤►*–—-]\s|\d{1,3}[.)]\s)/u;

/** Reader-scale length: words, or for Chinese and Japanese about one word per 1.5 characters. */
function sentenceLength(text: string): number {
  const cjk = hasNoSpaceScript(text) ? (text.match(NO_SPACE_SCRIPT_ALL)?.length ?? 0) : 0;
  return cjk > 0 ? Math.round(cjk / 1.5) + wordCount(text.replace(NO_SPACE_SCRIPT_ALL, ' ')) : wordCount(text);
}

function quotedShare(text: string): number {
  let quoted = 0;
  for (const match of text.matchAll(QUOTED)) quoted += match[0].length;
  return Math.min(1, quoted / Math.max(1, text.length));
}

function shapePenalty(text: string): number {
  const trimmed = text.trim();
  if (BULLET.test(trimmed)) return 1;
  if (/[?？؟]["”’»]*$/u.test(trimmed)) return 1;
  if (/:["”’»]*$/u.test(trimmed)) return 1;
  if (!/[.!。！…"”’»)]$/u.test(trimmed)) return 1;
  return 0;
}

/**
 * The title's content words. Text-only input has no real title (articleFromText takes the first line, or
 * the start of a one-line text), so a title the text merely begins with counts only when it stands on a
 * line of its own, as a headline does.
 */
function titleTerms(article: Article): Set<string> {
  const title = article.title.replace(/…$/u, '').trim();
  if (title === '') return new Set();
  const text = article.text.trimStart();
  if (text.startsWith(title) && !/^\s*\n/u.test(text.slice(title.length))) return new Set();
  return new Set(contentTerms(title));
}

/** Builds candidates from the article's sentences; boilerplate and unusable sentences are left out. */
export function buildCandidates(
  article: Article,
  sentences: readonly TextSpan[],
  entities: readonly Entity[],
  maxWords = 80,
): Candidate[] {
  const n = sentences.length;
  if (n === 0) return [];
  const terms = sentences.map((s) => contentTerms(s.text));
  // Each sentence's distinct terms, in first-seen order: document frequency, keywords and title hits all
  // count a term once per sentence.
  const distinct = terms.map((list) => new Set(list));
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const [i, list] of terms.entries()) {
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of distinct[i] as Set<string>) df.set(t, (df.get(t) ?? 0) + 1);
  }
  // Each term's weight, worked out once: a term recurs across the sentences and within them.
  const idfs = new Map<string, number>();
  const idf = (t: string): number => {
    let w = idfs.get(t);
    if (w === undefined) {
      w = Math.log(1 + n / (df.get(t) ?? 1));
      idfs.set(t, w);
    }
    return w;
  };
  const ids = new Map<string, number>();
  const termId = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const docVector = new Map<string, number>();
  let docNorm = 0;
  for (const [t, count] of tf) {
    const w = count * idf(t);
    docVector.set(t, w);
    docNorm += w * w;
  }
  docNorm = Math.sqrt(docNorm);

  const title = titleTerms(article);
  const entityScores = normalize(entityWeights(sentences, entities));
  const keywordScores = normalize(
    distinct.map((set) => {
      let sum = 0;
      for (const t of set) {
        const c = tf.get(t) ?? 0;
        if (c > 1) sum += Math.log(c);
      }
      return sum;
    }),
  );
  const paragraphStarts = sentences.map((s, i) => {
    if (i === 0) return true;
    const previous = sentences[i - 1] as TextSpan;
    return article.text.slice(previous.end, s.start).includes('\n\n');
  });
  const positionMatters = !article.signals.liveBlog;
  const titleText = article.title.trim().toLowerCase();

  const candidates: Candidate[] = [];
  let storyIndex = 0;
  sentences.forEach((span, i) => {
    const text = span.text;
    if (isBoilerplate(text)) return;
    const words = sentenceLength(text);
    if (words === 0 || words > maxWords) return;
    // The headline repeated as the first line of the body says nothing the title bar does not.
    if (n > 1 && titleText !== '' && text.trim().toLowerCase() === titleText) return;
    const vector = new Map<string, number>();
    for (const t of terms[i] ?? []) vector.set(t, (vector.get(t) ?? 0) + idf(t));
    let norm = 0;
    let dot = 0;
    const entries: [number, number][] = [];
    for (const [t, w] of vector) {
      norm += w * w;
      dot += w * (docVector.get(t) ?? 0);
      entries.push([termId(t), w]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    // Filled by index: `from` with a map function goes through the iterator protocol element by element.
    const termIds = new Int32Array(entries.length);
    const termWeights = new Float64Array(entries.length);
    entries.forEach(([id, w], k) => {
      termIds[k] = id;
      termWeights[k] = w;
    });
    norm = Math.sqrt(norm);
    let titleHits = 0;
    for (const t of distinct[i] ?? []) if (title.has(t)) titleHits++;
    const position = storyIndex++;
    candidates.push({
      span,
      index: i,
      termIds,
      termWeights,
      norm,
      features: {
        first: positionMatters && position === 0 ? 1 : 0,
        early: positionMatters ? 1 / (1 + position) : 0,
        lead: positionMatters && position < 3 ? 1 : 0,
        paragraphStart: paragraphStarts[i] ? 1 : 0,
        centrality: norm > 0 && docNorm > 0 ? dot / (norm * docNorm) : 0,
        forward: 0,
        backward: 0,
        keywords: keywordScores[i] ?? 0,
        entities: entityScores[i] ?? 0,
        title: title.size > 0 ? titleHits / title.size : 0,
        number: /\p{N}/u.test(text) ? 1 : 0,
        quoted: quotedShare(text),
        attributed: ATTRIBUTION.test(text) ? 1 : 0,
        length: Math.min(1, words / 20),
        size: Math.min(2, words / 40),
        tooLong: Math.max(0, (words - 40) / 40),
        short: words < 8 ? 1 : 0,
        shape: shapePenalty(text),
        caption: CAPTION.test(text) && !SPEECH_LEAD_IN.test(text.slice(0, 60)) ? 1 : 0,
      },
    });
  });
  addDirectedCentrality(candidates);
  return candidates;
}
