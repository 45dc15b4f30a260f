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

describe('a body named by its purpose where the tagger found no head word', () => {
  it('is found whole, from the capitalized words before the head to the end of its purpose', async () => {
    const organizations = await organizationsOf(
      [
        'The Centre for Economic Policy Research published the paper.',
        'The Office for National Statistics said inflation fell.',
        'The Committee to Protect Journalists condemned the arrest.',
        'The Australian Centre for Control of Iodine Deficiency Disorders said salt helps.',
      ].join('\n\n'),
    );
    expect(organizations).toEqual(
      expect.arrayContaining([
        'Centre for Economic Policy Research',
        'Office for National Statistics',
        'Committee to Protect Journalists',
        'Australian Centre for Control of Iodine Deficiency Disorders',
      ]),
    );
    expect(organizations).not.toContain('National Statistics');
  });

  it('takes no slogan, no company and no journey for a name', async () => {
    const organizations = await organizationsOf(
      [
        'One Network for Your Entire Home.',
        'Follow the Learning Network on Facebook for updates.',
        'The Board to Ukraine was a long trip.',
        'Her prints hang at the Silver Eye Center for Photography and The Andy Warhol Museum.',
      ].join('\n\n'),
    );
    expect(organizations.some((name) => /Your|on Facebook|to Ukraine| The$/.test(name))).toBe(false);
  });
});
