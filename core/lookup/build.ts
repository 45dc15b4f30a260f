import { splitSentences } from '../text/sentences';
import type { Analysis, Entity, Publisher, TextSpan } from '../types';
import { findDescriptions } from './descriptions';
import { findOccurrences } from './occurrences';
import { bareName, namePattern, normalizeQuery } from './query';
import type { LookupResult, LookupTarget } from './types';

const CONTEXT_ENTITIES = 5;

const wordsOf = (value: string): string[] =>
  bareName(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when every word of `part` appears, in order and adjacent, among the words of `whole`. */
function containsWords(whole: string, part: string): boolean {
  const w = wordsOf(whole);
  const p = wordsOf(part);
  if (p.length === 0 || p.length > w.length) return false;
  for (let i = 0; i + p.length <= w.length; i++) {
    if (p.every((word, j) => w[i + j] === word)) return true;
  }
  return false;
}

/**
 * The entity a query refers to: an exact name or alias first, then an entity whose name contains the
 * query as whole words ("Soufan" → "The Soufan Group"), then one the query contains ("ISIS leader Abu
 * Bakr Al-Bagdadi" → the person). Entities arrive sorted by salience, so the first match wins ties.
 */
export function matchEntity(entities: Entity[], query: string, text = ''): Entity | null {
  const key = bareName(query);
  if (!key) return null;
  const names = (entity: Entity) => [entity.name, ...entity.aliases];
  const exact = entities.find((entity) => names(entity).some((name) => bareName(name) === key));
  // A lowercase word the article uses as a common word is that word, not a name that contains it:
  // "halibut" is the fish, not the International Pacific Halibut Commission.
  if (exact || usedAsCommonWord(query, text)) return exact ?? null;
  return (
    (key.length >= 3
      ? entities.find((entity) => names(entity).some((name) => containsWords(name, query)))
      : undefined) ??
    entities.find((entity) => names(entity).some((name) => bareName(name).length >= 3 && containsWords(query, name))) ??
    null
  );
}

/** Whether `query` has no capital and the text has it in lowercase as a whole word. */
function usedAsCommonWord(query: string, text: string): boolean {
  const words = query.trim();
  if (!words || /\p{Lu}/u.test(words)) return false;
  // Case-sensitive on purpose: "Halibut" opening a sentence does not make the word a common one.
  return namePattern([words], 'u')?.test(text) ?? false;
}

/** The article's own publisher, when the query names it (by name, site name or domain). */
function matchPublisher(analysis: Analysis, query: string): Publisher | null {
  const publisher = analysis.sources.publisher;
  if (!publisher) return null;
  const key = bareName(query);
  const names = [publisher.name, analysis.article.siteName, analysis.article.publisher, publisher.domain];
  const stripped = (name: string) => bareName(name).replace(/\.(com|org|net|co\.uk|de|es|fr)$/, '');
  return names.some((name) => name && (stripped(name) === key || (containsWords(name, query) && key.length >= 4)))
    ? publisher
    : null;
}

/**
 * Everything the article says about `target`: the entity it belongs to, how the text describes it,
 * the publisher card when it names the outlet, and every occurrence with its sentence.
 * `sentences` may be passed when the caller already split `analysis.article.text`.
 */
export function buildLookup(analysis: Analysis, target: LookupTarget, sentences?: TextSpan[]): LookupResult {
  const { query, truncated } = normalizeQuery(target.text);
  const { article } = analysis;
  const link =
    target.linkUrl && /^https?:\/\//i.test(target.linkUrl)
      ? { text: query || target.linkUrl, url: target.linkUrl }
      : null;
  const primary = (article.lang ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  const lang = /^[a-z]{2,3}$/.test(primary) ? primary : null;
  const empty: LookupResult = {
    query,
    truncated,
    entity: null,
    descriptions: [],
    publisher: null,
    occurrences: [],
    moreOccurrences: 0,
    link,
    lang,
    context: analysis.entities.slice(0, CONTEXT_ENTITIES).map((entity) => entity.name),
  };
  if (!query) return empty;

  const entity = matchEntity(analysis.entities, query, article.text);
  const names = entity ? [entity.name, ...entity.aliases] : [query];
  const spans = sentences ?? splitSentences(article.text);
  const { occurrences, total } = findOccurrences(article.text, spans, names);
  return {
    ...empty,
    entity: entity ? { name: entity.name, type: entity.type, aliases: [...entity.aliases] } : null,
    descriptions: findDescriptions(article.text, names, analysis.sources.citations),
    publisher: matchPublisher(analysis, query),
    occurrences,
    moreOccurrences: total - occurrences.length,
    context: analysis.entities
      .filter((other) => other !== entity)
      .slice(0, CONTEXT_ENTITIES)
      .map((other) => other.name),
  };
}
