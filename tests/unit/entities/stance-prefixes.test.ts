import { describe, expect, it } from 'vitest';
import { entitiesOfText } from '../support/entities';

const entitiesOf = async (text: string) =>
  new Map((await entitiesOfText(text)).map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))]));

describe('a name written into a stance', () => {
  it('is no mention of the place or the person ("pro-Beijing", "anti-Trump")', async () => {
    const text = [
      'The pro-Beijing camp won most seats in Hong Kong, where pro-Beijing candidates had campaigned for weeks.',
      'Anti-Trump protesters marched in Washington on Sunday.',
    ].join('\n\n');
    const entities = await entitiesOf(text);
    expect(entities.has('Beijing')).toBe(false);
    expect(entities.has('Trump')).toBe(false);
    expect(entities.get('Hong Kong')).toEqual(['Hong Kong']);
  });

  it('leaves the name that follows, and the plain mentions of the same name', async () => {
    const text = [
      'The pro-Beijing New People Party gained two seats, the party said.',
      'Beijing welcomed the result. Officials in Beijing said the vote was fair.',
    ].join('\n\n');
    const entities = await entitiesOf(text);
    expect(entities.get('New People Party')).toEqual(['New People Party']);
    expect(entities.get('Beijing')).toEqual(['Beijing', 'Beijing']);
  });
});
