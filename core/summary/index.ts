import type { Article, Entity, SummarySentence, TextSpan } from '../types';

export interface SummaryContext {
  sentences: TextSpan[];
  entities: Entity[];
}

/** Placeholder until the summary capability lands: the summary is empty. */
export function summarize(_article: Article, _context: SummaryContext, _count: number): SummarySentence[] {
  return [];
}
