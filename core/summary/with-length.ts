/**
 * The same analysis with a summary of `count` sentences. The summary depends on the entities, never the
 * reverse, so this equals a fresh `analyzeArticle` with that count, without the entity model or a new
 * read. Kept apart from core/analyze.ts so that extension pages importing it do not bundle extraction
 * (Readability) too.
 */
import { splitSentences } from '../text/sentences';
import type { Analysis } from '../types';
import { summarize } from './index';

export function withSummaryLength(analysis: Analysis, count: number): Analysis {
  const { article, entities } = analysis;
  const sentences = summarize(article, { sentences: splitSentences(article.text), entities }, count);
  return { ...analysis, summary: { ...analysis.summary, sentences } };
}
