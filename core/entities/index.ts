import type { Article, Entity, TextSpan } from '../types';

export interface EntityContext {
  sentences: TextSpan[];
}

/** Placeholder until the entity capability lands: no entities. */
export async function recognizeEntities(_article: Article, _context: EntityContext): Promise<Entity[]> {
  return [];
}
