/** The entities of a plain text as the pipeline finds them (the shipped model, sentences split as in the CLI). */
import { recognizeEntities } from '../../../core/entities/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Entity } from '../../../core/types';

export const entitiesOfText = (text: string): Promise<Entity[]> =>
  recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });

/** Each entity's name and type. */
export const typesOfText = async (text: string): Promise<Map<string, string>> =>
  new Map((await entitiesOfText(text)).map((e) => [e.name, e.type]));
