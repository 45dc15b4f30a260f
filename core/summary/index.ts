import { datelineLength } from '../text/dateline';
import type { Article, Entity, SummarySentence, TextSpan } from '../types';
import { buildCandidates } from './features';
import { selectCandidates } from './select';
import { SUMMARY_WEIGHTS, type SummaryWeights } from './weights';

export interface SummaryContext {
  sentences: TextSpan[];
  entities: Entity[];
}

/**
 * Extractive summary: up to `count` sentences of `article.text`, in article order, with their offsets.
 * Each sentence is scored on position, centrality, keyword, entity and title coverage, quotation, shape
 * and length (weights tuned on development data, one set for a single sentence and one for more; see
 * weights.ts), then chosen with maximal marginal relevance so that the summary does not repeat itself.
 * Boilerplate is never chosen. Empty when nothing fits. `weights` is for the tuning script.
 */
export function summarize(
  article: Article,
  context: SummaryContext,
  count: number,
  weights?: SummaryWeights,
): SummarySentence[] {
  if (!Number.isFinite(count) || count < 1 || article.text.trim() === '') return [];
  const wanted = Math.floor(count);
  // A one-sentence summary answers "what is this about"; a few key points lean harder on the lead.
  const chosenWeights = weights ?? (wanted === 1 ? SUMMARY_WEIGHTS.single : SUMMARY_WEIGHTS.multi);
  // A wall of unpunctuated text is one huge "sentence" and yields no candidate: better no summary than a
  // page of text shown as one.
  const candidates = buildCandidates(article, context.sentences, context.entities);
  return selectCandidates(candidates, chosenWeights, wanted).map(({ span }) => {
    // The wire's dateline is where the story was filed, not part of what it says. Only the story's first
    // sentence has one ("NATO — the alliance ..." later on is the sentence itself).
    const opensStory = article.text.slice(0, span.start).trim() === '';
    const dateline = opensStory ? datelineLength(span.text) : 0;
    const text = dateline && span.text.length - dateline > 20 ? span.text.slice(dateline) : span.text;
    return { text, start: span.end - text.length, end: span.end };
  });
}
