import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../core/entities/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';

async function organizationsOf(text: string): Promise<string[]> {
  const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
  return entities.filter((e) => e.type === 'organization').map((e) => e.name);
}

describe("a body's name that goes on with its field or purpose", () => {
  it('is found whole', async () => {
    const organizations = await organizationsOf(
      [
        'The Institute for the Study of War said Russian forces advanced near Pokrovsk.',
        'The Royal Society for the Protection of Birds said numbers fell.',
      ].join('\n\n'),
    );
    expect(organizations).toContain('Institute for the Study of War');
    expect(organizations).toContain('Royal Society for the Protection of Birds');
    expect(organizations).not.toContain('Institute');
  });

  it('stops before a person named after the body, and their title', async () => {
    const text = 'An analyst at the Institute for the Study of War Director Kimberly Kagan said the lines held.';
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    expect(entities.find((e) => e.type === 'organization')?.name).toBe('Institute for the Study of War');
    expect(entities.find((e) => e.type === 'person')?.name).toBe('Kimberly Kagan');
  });

  it('stops before a day or a month', async () => {
    const organizations = await organizationsOf('The European Commission on Monday proposed new rules.');
    expect(organizations).toContain('European Commission');
    expect(organizations.some((name) => name.includes('Monday'))).toBe(false);
  });
});
