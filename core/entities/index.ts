/**
 * Named entities of an article: the trained tagger (loaded lazily, see model.ts) finds mentions, the
 * assembly merges them into entities, and the ranking orders them by salience.
 */
import type { Article, Entity, TextSpan } from '../types';
import { type AssemblyOptions, assembleEntities } from './assemble';
import { OTHER_COUNTRY_NAMES } from './lexicon';
import { loadModel, type NerModel } from './model';
import { tagText } from './recognize';
import { rankEntities } from './salience';

/**
 * Whether a lowercased name is a country's: the model's list, and the names other languages and older
 * usage give countries (OTHER_COUNTRY_NAMES). Entity assembly and the sources stage ask the same question.
 */
export function countryTest(model: NerModel): (lowercased: string) => boolean {
  const { gazetteer } = model;
  return (name) => gazetteer.isCountry(name) || OTHER_COUNTRY_NAMES.has(name);
}

export interface EntityContext {
  sentences: TextSpan[];
}

/** Entities found with an already loaded model (the eval script and tests use this directly). */
export function entitiesWithModel(
  model: NerModel,
  article: Pick<Article, 'text' | 'title'> & { publisher?: string | null },
  context: EntityContext,
  options: AssemblyOptions = {},
): Entity[] {
  const text = article.text ?? '';
  if (!/\p{Lu}/u.test(text)) return [];
  const tagged = tagText(model, text, context.sentences);
  const { gazetteer } = model;
  const clusters = assembleEntities(text, tagged.mentions, tagged.units, {
    isCountry: countryTest(model),
    isFirstName: (name) => gazetteer.isFirstName(name),
    isPlace: (name) => gazetteer.isPlace(name),
    publisher: article.publisher ?? null,
    ...options,
  });
  return rankEntities(clusters, { text, title: article.title ?? '' });
}

export async function recognizeEntities(
  article: Article,
  context: EntityContext,
  options: AssemblyOptions = {},
): Promise<Entity[]> {
  if (!article.text || !/\p{Lu}/u.test(article.text)) return [];
  const model = await loadModel();
  return entitiesWithModel(model, article, context, options);
}
