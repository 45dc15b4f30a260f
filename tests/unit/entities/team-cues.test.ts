import { describe, expect, it } from 'vitest';
import { isSportsStory } from '../../../core/entities/team-cues';
import { typesOfText } from '../support/entities';

const MATCH_REPORT = [
  'Charlton are fourth from bottom of the table after a 2-0 home defeat on Saturday.',
  'The striker Kelly Moore scored twice before half-time and the visitors never looked back.',
  'Palace manager Tom Reeve said his side deserved the win. "We defended well," he said.',
  "Wigan's midfield was overrun, as it had not been in six league games.",
  'Hull City travel to Bristol next week, with their goalkeeper Dan Kerr back from injury.',
  'Derby County were held at home, and Partick Thistle lost away.',
  'Partick Thistle face Dundee in the cup, and Bristol Rovers host Exeter.',
].join('\n\n');

describe('a sports story', () => {
  it('is told by the words sports pages use, not by one of them', () => {
    expect(isSportsStory(MATCH_REPORT)).toBe(true);
    expect(isSportsStory('The senator scored a victory in the vote, his supporters said.')).toBe(false);
    expect(isSportsStory('The league of nations met. Its goals were peace and trade, and the penalty was death.')).toBe(
      false,
    );
  });

  it('makes a town or a name written of as a side its club', async () => {
    const types = await typesOfText(MATCH_REPORT);
    expect(types.get('Charlton')).toBe('organization');
    expect(types.get('Palace')).toBe('organization');
    expect(types.get('Wigan')).toBe('organization');
    expect(types.get('Hull City')).toBe('organization');
    expect(types.get('Derby County')).toBe('organization');
    expect(types.get('Partick Thistle')).toBe('organization');
    expect(types.get('Bristol Rovers')).toBe('organization');
    expect(types.get('Tom Reeve')).toBe('person');
    expect(types.get('Kelly Moore')).toBe('person');
  });

  it('takes a side by its formation before the line-up in any story', async () => {
    const types = await typesOfText('Middlesbrough (4-2-3-1): Ripley; Nsue, Ayala, Gibson, Friend.');
    expect(types.get('Middlesbrough')).toBe('organization');
  });

  it('leaves a country its place, and a person what a person also has', async () => {
    const text = [
      'England are through to the semi-finals after a 3-1 win over Spain.',
      'The striker Ann Lowe scored twice and the goalkeeper saved a penalty.',
      "Smith's coach said the league title was still the aim, and Smith's fans agreed.",
    ].join('\n\n');
    const types = await typesOfText(text);
    expect(types.get('England')).toBe('place');
    expect(types.get('Smith')).toBe('person');
  });
});

describe('a town a side meets, joins or signs for', () => {
  it('is its club in a sports story, and stays the town elsewhere', async () => {
    const report = [
      'The striker joined Burnley in the summer and scored twice against Everton on Saturday.',
      'The midfielder will face Southampton at the stadium next week, the manager said after the league game.',
    ].join('\n\n');
    const types = await typesOfText(report);
    for (const club of ['Burnley', 'Everton', 'Southampton']) expect(types.get(club), club).toBe('organization');
    const elsewhere = await typesOfText('The protesters marched against Southampton council on Saturday.');
    expect(elsewhere.get('Southampton')).not.toBe('organization');
  });
});

describe('a draw for a competition', () => {
  it('makes each name listed with its country in brackets a club, and a club by its first word', async () => {
    const text = [
      'The holders, who won the league title, were drawn with a trip to a stadium where they lost in the quarter-finals.',
      'Group E: Porto (Portugal), Steaua Bucharest (Romania), Basel (Switzerland), Rostov (Russia).',
      'Group F: Lyon (France), Dynamo Kiev (Ukraine), Sevilla (Spain), Legia Warsaw (Poland).',
    ].join('\n\n');
    const types = await typesOfText(text);
    for (const club of [
      'Porto',
      'Steaua Bucharest',
      'Basel',
      'Rostov',
      'Lyon',
      'Dynamo Kiev',
      'Sevilla',
      'Legia Warsaw',
    ])
      expect(types.get(club), club).toBe('organization');
    for (const country of ['Portugal', 'Romania', 'Switzerland', 'France']) expect(types.get(country)).toBe('place');
  });
});

describe('a player named in full', () => {
  it('stays a person though he beats another by a score, as a side does', async () => {
    const text = [
      'Judd Trump beat Stuart Carrington 10-6 on Thursday in the first round of the World Championship.',
      'Carrington produced a break of 97 to reduce the gap. Carrington closed the gap to three before Trump won.',
      'The referee and the crowd at the stadium applauded both players.',
    ].join('\n\n');
    const types = await typesOfText(text);
    expect(types.get('Judd Trump')).toBe('person');
    expect(types.get('Stuart Carrington')).toBe('person');
  });
});

describe('outside sports stories', () => {
  it('a city beside a word of sport pages stays a place', async () => {
    const text =
      'Quebec City will host the summit in March. Protesters marched in Leeds on Saturday, and Leeds supporters of the bill wrote to their MP.';
    const types = await typesOfText(text);
    expect(types.get('Quebec City')).toBe('place');
    expect(types.get('Leeds')).toBe('place');
  });

  it("a defendant's defense is his lawyers' case, even where a story says penalty and league", async () => {
    const text = [
      'Officer Michael Slager faces the death penalty, prosecutors said.',
      "Slager's defense will argue that he feared for his life, the Urban League said. Slager's defense team declined to comment.",
      'The coach of the victims\u2019 support group said the match of the evidence was clear.',
    ].join('\n\n');
    expect((await typesOfText(text)).get('Michael Slager')).toBe('person');
  });
});
