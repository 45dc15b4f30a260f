import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../core/entities/index';
import { resultSides } from '../../../core/entities/match-results';
import { tokenize } from '../../../core/entities/tokenize';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';

const entitiesOf = async (text: string) =>
  (await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) })).map((e) => [e.name, e.type]);

const sidesOf = (sentence: string): string[] => {
  const words = tokenize(sentence).map((t) => t.text);
  return resultSides(words).map((side) => words.slice(side.start, side.end).join(' '));
};

describe('results told in a sentence', () => {
  it('make clubs of the sides, though named for their cities, and places of countries', async () => {
    const text = [
      'Feyenoord beat PSV Eindhoven 2-1 in Rotterdam on Sunday.',
      'Barcelona drew 1-1 with Valencia, while Real Madrid lost 2-0 at home to Deportivo Coruna.',
      'Leeds beat Middlesbrough 1-0 with a late goal from Ian Rush.',
      'Norway beat Finland 3-0 in Oslo.',
    ].join('\n\n');
    const entities = await entitiesOf(text);
    for (const club of [
      'Feyenoord',
      'PSV Eindhoven',
      'Barcelona',
      'Valencia',
      'Real Madrid',
      'Deportivo Coruna',
      'Leeds',
    ])
      expect(entities).toContainEqual([club, 'organization']);
    expect(entities).toContainEqual(['Middlesbrough', 'organization']);
    expect(entities).toContainEqual(['Norway', 'place']);
    expect(entities).toContainEqual(['Ian Rush', 'person']);
    expect(entities).toContainEqual(['Rotterdam', 'place']);
  });

  it('find the sides on either side of the verb, past its score and link words', () => {
    expect(sidesOf('Bayern Munich were held 0-0 by Borussia Dortmund on Saturday.')).toEqual([
      'Bayern Munich',
      'Borussia Dortmund',
    ]);
    expect(sidesOf('Real Madrid lost 2-0 at home to Deportivo Coruna.')).toEqual(['Real Madrid', 'Deportivo Coruna']);
    // A side after "the", and a basketball score of three figures.
    expect(sidesOf('The Lakers beat the Celtics 112-104 in Boston.')).toEqual(['Lakers', 'Celtics']);
    expect(sidesOf('The All Blacks beat the Springboks 24-17 at Eden Park.')).toEqual(['All Blacks', 'Springboks']);
  });

  it('leave players, scores of sets and sentences without a score alone', () => {
    expect(sidesOf('Pete Sampras beat Andre Agassi 6-3 6-4 in the final.')).toEqual([]);
    expect(sidesOf('Australia beat Sri Lanka by 30 runs in Sydney.')).toEqual([]);
    expect(sidesOf('Smith beat the deadline by two days.')).toEqual([]);
    expect(sidesOf('Yevgeny Kafelnikov beat Goran Ivanisevic 7-6 6-4.')).toEqual([]);
    expect(sidesOf('Iga Swiatek defeated Aryna Sabalenka 6-3, 4-6, 7-6 (7-3) to win the title.')).toEqual([]);
  });

  it('keep the players of a match of sets people, with their full names', async () => {
    const text = [
      'Jannik Sinner beat Carlos Alcaraz 6-4 7-6 in the final.',
      'Iga Swiatek defeated Aryna Sabalenka 6-3, 4-6, 7-6 (7-3) to win the title.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Jannik Sinner', 'Carlos Alcaraz', 'Iga Swiatek', 'Aryna Sabalenka']),
    );
    expect(entities.filter((e) => e.type !== 'person')).toEqual([]);
  });
});
