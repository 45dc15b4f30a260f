import { splitSentences } from '../text/sentences';
import type { Article, Entity, Sources, TextSpan } from '../types';
import { bylineAuthors } from './authors';
import { findCitations } from './citations';
import { glanceFacts, glanceLine } from './glance';
import { findLabels } from './labels';
import { classifyLinks } from './links';
import { publisherCard } from './publisher';
import { findQuotes } from './quotes';
import { findUnattributed } from './unattributed';

export interface SourcesContext {
  sentences: TextSpan[];
  entities: Entity[];
  /**
   * Whether a lowercased place name is a country's (the entity model's lists): a country that speaks
   * ("Russia said") is its government, an organization. Without it, a place that speaks stays a person.
   */
  isCountry?: (lowercased: string) => boolean;
}

/**
 * Source-context notes for an article: who published it, what kind of piece it is, who wrote it, whom it
 * quotes and cites, which claims stand without a source, and where its links lead.
 */
export function analyzeSources(article: Article, context: SourcesContext): Sources {
  const sentences = context.sentences.length ? context.sentences : splitSentences(article.text);
  const publisher = publisherCard(article);
  const labels = findLabels(article, publisher);
  const quotes = findQuotes(article.text);
  const citations = findCitations(article, sentences, context.entities, quotes, context.isCountry);
  const unattributed = findUnattributed(sentences, citations, quotes);
  // Links on a cited organization's name name the site they lead to.
  const anchorOrgs = new Map<string, string>();
  for (const c of citations)
    if (c.href && (c.kind === 'organization' || c.kind === 'outlet')) anchorOrgs.set(c.href, c.source);
  const links = classifyLinks(article, anchorOrgs);
  return {
    publisher,
    labels,
    authors: bylineAuthors(article),
    citations,
    unattributed,
    links,
    glance: glanceLine(glanceFacts(citations, unattributed, labels, publisher)),
  };
}
