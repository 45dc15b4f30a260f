import type { Article, Entity, Sources, TextSpan } from '../types';

export interface SourcesContext {
  sentences: TextSpan[];
  entities: Entity[];
}

/** Placeholder until the source-context capability lands: authors only. */
export function analyzeSources(article: Article, _context: SourcesContext): Sources {
  return {
    publisher: null,
    labels: [],
    authors: article.authors,
    citations: [],
    unattributed: [],
    links: [],
    glance: '',
  };
}
