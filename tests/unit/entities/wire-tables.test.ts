/**
 * The parts of wire copy that are not prose: results, league tables, leaderboards, cricket scorecards,
 * team sheets, datelines on a line of their own with their date, and desks signing off. Texts written for
 * these tests, tokenized as news NER sets write them (punctuation apart), run through the shipped model
 * and the whole assembly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { entitiesWithModel } from '../../../core/entities/index';
import { loadModel, type NerModel } from '../../../core/entities/model';
import { completePersonList } from '../../../core/entities/name-lists';
import { scorecardNames, scoreLineNames } from '../../../core/entities/score-lines';
import { splitSentences } from '../../../core/text/sentences';

let model: NerModel;
beforeAll(async () => {
  model = await loadModel();
});

const entities = (text: string): string[] =>
  entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) }).map((e) => `${e.type}:${e.name}`);
const named = (words: string, runs: { start: number; end: number }[] | undefined | null): string[] =>
  (runs ?? []).map((r) => words.split(' ').slice(r.start, r.end).join(' '));

describe('score lines', () => {
  it('tell a result, a table row and a leaderboard row from other lines of numbers', () => {
    const result = 'Hearts 2 Queen of the South 1 ( half-time 1-0 )';
    expect(named(result, scoreLineNames(result.split(' '))?.names)).toEqual(['Hearts', 'Queen of the South']);
    const row = '3. Sporting Lisbon 10 6 3 1 18 7 21';
    expect(named(row, scoreLineNames(row.split(' '))?.names)).toEqual(['Sporting Lisbon']);
    expect(scoreLineNames('Chapter 3 Section 4'.split(' '))).toBeNull();
    expect(scoreLineNames('The index rose 12 points to 4,210'.split(' '))).toBeNull();
  });

  it('make clubs organizations, national sides places and golfers people', () => {
    const found = entities(
      [
        'Results of Portuguese first division matches on Sunday :',
        'Sporting Lisbon 2 Vitoria Guimaraes 1',
        'Boavista Porto 0 Maritimo Funchal 0',
        'Portugal 3 Latvia 1',
        'Standings :',
        'Sporting Lisbon 10 6 3 1 18 7 21',
        'Boavista Porto 10 5 3 2 14 9 18',
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Sporting Lisbon',
        'organization:Vitoria Guimaraes',
        'organization:Boavista Porto',
        'organization:Maritimo Funchal',
        'place:Portugal',
        'place:Latvia',
      ]),
    );
    const golf = entities(
      ['Leading scores after the third round :', '203 Greg Norman 67 68 68', '205 Nick Price 70 67 68'].join('\n'),
    );
    expect(golf).toEqual(expect.arrayContaining(['person:Greg Norman', 'person:Nick Price']));
    expect(golf.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('need a table: one line of a name and numbers alone is left to the tagger', () => {
    expect(entities('Michael Owen 3 Brian Clough 1')).not.toContain('organization:Michael Owen');
  });
});

describe('a cricket scorecard', () => {
  it('reads the batsman, the fielder and the bowler of an innings, and bowlers by their figures', () => {
    const innings = 'Kane Williamson c Root b Anderson 52';
    expect(named(innings, scorecardNames(innings.split(' ')))).toEqual(['Kane Williamson', 'Root', 'Anderson']);
    const bowling = 'Bowling : Anderson 21 - 6 - 48 - 3 , Broad 19 - 4 - 55 - 2';
    expect(named(bowling, scorecardNames(bowling.split(' ')))).toEqual(['Anderson', 'Broad']);
    expect(scorecardNames('Profits rose in 2023'.split(' '))).toBeNull();
  });

  it('gives the surnames of a whole card as people', () => {
    const found = entities(
      [
        'New Zealand first innings',
        'Tom Latham lbw b Broad 12',
        'Kane Williamson c Root b Anderson 52',
        'Devon Conway not out 71',
        'Bowling : Anderson 21-6-48-3 , Broad 19-4-55-2 , Leach 30-8-77-0',
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining(['person:Tom Latham', 'person:Kane Williamson', 'person:Devon Conway', 'person:Leach']),
    );
    expect(found.some((e) => e === 'person:Anderson' || e === 'person:Broad' || e === 'person:Root')).toBe(true);
    expect(found.filter((e) => e.startsWith('organization:') || e.startsWith('place:Broad'))).toEqual([]);
  });
});

describe('a team sheet', () => {
  it('makes every full name of a list of mostly people a person, the label and hyphenated names kept', () => {
    const found = entities(
      'Estonia - Mart Poom ; Marek Lemsalu , Urmas Rooba , Raio Piiroja ; Martin Reim , Kristen Viikmae , Indrek Zelinski',
    );
    for (const p of [
      'Mart Poom',
      'Marek Lemsalu',
      'Urmas Rooba',
      'Raio Piiroja',
      'Martin Reim',
      'Kristen Viikmae',
      'Indrek Zelinski',
    ])
      expect(found).toContain(`person:${p}`);
    expect(found.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('leaves prose with a few names in it alone', () => {
    const words = 'Ann Lee , Bo Chen and Acme Widgets signed the letter on Monday in London .'.split(' ');
    const spans = [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'PER' },
      { start: 6, end: 8, type: 'ORG' },
    ];
    expect(
      completePersonList(
        words,
        words.map(() => true),
        spans,
      ),
    ).toEqual(spans);
    // The same names as a line of their own are a list.
    const list = 'Ann Lee , Bo Chen , Acme Widgets'.split(' ');
    expect(
      completePersonList(
        list,
        list.map(() => true),
        spans,
      ).map((s) => s.type),
    ).toEqual(['PER', 'PER', 'PER']);
  });
});

describe('wire datelines and sign-offs', () => {
  it('reads a dateline with its date on a line of its own as the place, whatever the tagger said', () => {
    const found = entities(
      'ITALIAN BANKER JAILED .\nMILAN 1998-05-06\nA Milan court on Wednesday jailed a former banker for fraud .',
    );
    expect(found).toContain('place:Milan');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
    expect(entities('PEORIA , Ill. , July 17\nCaterpillar Inc said on Thursday profit rose .')).toContain(
      'place:Peoria',
    );
  });

  it('takes a sport written before the headline for no place', () => {
    expect(entities('GOLF - NORMAN LEADS BY TWO .\nAll the leaders played on Friday .')).not.toContain('place:Golf');
  });

  it('names the desk that signs off and the agency a story quotes', () => {
    const found = entities(
      'Tass news agency said talks would resume .\n-- Moscow Newsroom +7 095 941 8520\n-- London Markets Desk +44 171 542 7717',
    );
    expect(found).toEqual(
      expect.arrayContaining(['organization:Tass', 'organization:Moscow Newsroom', 'organization:London Markets Desk']),
    );
    expect(found).not.toContain('place:Moscow');
  });
});

describe('athletes with their country in brackets', () => {
  it('are people, their countries places and the team after the bracket an organization', () => {
    const found = entities(
      [
        'Leading results of the Hungarian Grand Prix on Sunday :',
        '1. Nigel Mansell ( Britain ) Williams 1:46:35.4',
        '2. Gerhard Berger ( Austria ) Benetton 12.3 seconds behind',
        '3. Ivan Capelli ( Italy ) Leyton one lap behind',
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'person:Nigel Mansell',
        'person:Gerhard Berger',
        'person:Ivan Capelli',
        'place:Austria',
        'organization:Williams',
        'organization:Benetton',
        'organization:Leyton',
      ]),
    );
  });

  it('need a figure beside them: a heading with a country in brackets names no one', () => {
    const found = entities('First Bloom (UK) | Second Bloom (UK) | Pruning Nuance\nGroup 2 Variety');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });
});

describe('bodies named by one word', () => {
  it('reads a legislature and its chambers as organizations, and a body by its head word', () => {
    const found = entities(
      [
        'Senate Majority Leader Mitch McConnell said lawmakers would vote on Friday .',
        'House Speaker Paul Ryan said the bill would pass the House easily .',
        'Trade ministers said EU rules on steel would stay .',
      ].join('\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Senate',
        'organization:House',
        'person:Mitch McConnell',
        'organization:EU',
      ]),
    );
    const text = 'The European Commission fined the bank on Tuesday . The Commission said it had cooperated .';
    const commission = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) }).find(
      (e) => e.name === 'European Commission',
    );
    expect(commission?.mentions.map((m) => m.text)).toEqual(['European Commission', 'Commission']);
  });

  it('leaves a house in a heading alone, even beside a legislature', () => {
    const found = entities('Congress passed the budget on Friday .\nTroubleshooting Electrical Problems in the House');
    expect(found).not.toContain('organization:House');
  });
});

describe('titles, nationalities and bodies of foreign news', () => {
  it('takes royal and clerical titles and a nationality off a name', () => {
    const found = entities(
      'Crown Prince Mohammed bin Salman met Patriarch Kirill and Metropolitan Epiphanius on Monday , and Scot David Coulthard watched .',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'person:Mohammed bin Salman',
        'person:Kirill',
        'person:Epiphanius',
        'person:David Coulthard',
      ]),
    );
    expect(found.filter((e) => e.startsWith('place:'))).toEqual([]);
  });

  it('reads courts, a country’s bank and a ministry by its portfolio as organizations', () => {
    const found = entities(
      'The Seoul Central District Court ruled on Friday . The Bank of Italy and the Central Bank of Nigeria held rates . A Defence Ministry statement said two soldiers died .',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Seoul Central District Court',
        'organization:Bank of Italy',
        'organization:Central Bank of Nigeria',
        'organization:Defence Ministry',
      ]),
    );
    expect(found).not.toContain('place:Italy');
  });

  it('keeps a regional nationality out of the people', () => {
    const found = entities('The Saxon government said Chechen rebel leaders had met Georgian officials .');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });
});

describe('a headline in capitals', () => {
  it('names by one word whom the story names in full', () => {
    const found = entitiesWithModel(
      model,
      {
        text: 'CLINTON , REPUBLICANS SAY BUDGET DEAL IS NEAR .\nPresident Bill Clinton said on Wednesday a deal was close .\nNORDBANK SEES PROFIT UP 10 PCT .\nNordbank AG said on Tuesday its profit would rise .',
        title: '',
      },
      { sentences: [] },
    );
    const clinton = found.find((e) => e.name === 'Bill Clinton');
    expect(clinton?.mentions.map((m) => m.text)).toContain('CLINTON');
    expect(found.find((e) => e.type === 'organization' && e.mentions.some((m) => m.text === 'NORDBANK'))).toBeDefined();
  });
});

describe('clubs, companies and events by a short name', () => {
  it('reads a club by the player or coach it has, a country’s side staying the country', () => {
    const found = entities(
      'Ajax striker Jari Litmanen hit the post . Norway coach Egil Olsen was pleased . Former striker Tore Andre Flo watched .',
    );
    expect(found).toEqual(expect.arrayContaining(['organization:Ajax', 'place:Norway', 'person:Jari Litmanen']));
    expect(found).not.toContain('organization:Former');
  });

  it('joins a company’s first word to its full name only before its legal form or trade', () => {
    const airline = entitiesWithModel(
      model,
      { text: 'Spirit Airlines cut fares on Monday . Analysts said Spirit would keep cutting .', title: '' },
      { sentences: splitSentences('Spirit Airlines cut fares on Monday . Analysts said Spirit would keep cutting .') },
    ).find((e) => e.name === 'Spirit Airlines');
    expect(airline?.mentions.length).toBe(2);
    const text = 'Google Lens reads signs . Google said on Monday it would add languages .';
    const lens = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) }).find(
      (e) => e.name === 'Google Lens',
    );
    expect(lens?.mentions.map((m) => m.text) ?? []).not.toContain('Google');
  });

  it('takes a tournament named after a place for no place', () => {
    expect(entities('Rafter , who won the U.S. Open last month , was rarely troubled .')).not.toContain('place:U.S.');
  });
});

describe('capitals and datelines of foreign news', () => {
  it('finds a capital that speaks for its government, but not a vegetable', () => {
    expect(entities('The four countries accused Qatar of backing terrorism , a charge Doha denied .')).toContain(
      'place:Doha',
    );
    expect(entities('I plant a nasturtium , two Brussels sprouts , and a nasturtium .')).not.toContain(
      'place:Brussels',
    );
  });

  it('finds a capital that opens a sentence, but not one opening a longer name', () => {
    expect(entities('Beijing said Taipei must accept the policy .')).toContain('place:Beijing');
    expect(entities('Bonn and Washington agreed on Monday .')).toContain('place:Bonn');
    expect(entities('Beijing Capital Airport reopened on Monday .')).not.toContain('place:Beijing');
  });

  it('writes a dateline’s place as a name when a country and a date follow it', () => {
    expect(entities('BUKA, Papua New Guinea, Dec 11 (Reuters) - Voters chose independence, officials said.')).toContain(
      'place:Buka',
    );
  });
});

describe('names with particles', () => {
  it('joins a name with particles that opens a sentence or follows a body and a title', () => {
    expect(entities('Ursula von der Leyen said on Monday the bloc would act .')).toContain(
      'person:Ursula von der Leyen',
    );
    const found = entities('European Commission President Ursula von der Leyen said on Monday the bloc would act .');
    expect(found).toEqual(expect.arrayContaining(['organization:European Commission', 'person:Ursula von der Leyen']));
  });

  it('keeps the particle of a surname the text wrote with it', () => {
    const text = 'Aravinda de Silva made 88 . Asked about the pitch , de Silva said it was slow .';
    const silva = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) }).find(
      (e) => e.name === 'Aravinda de Silva',
    );
    expect(silva?.mentions.map((m) => m.text)).toEqual(['Aravinda de Silva', 'de Silva']);
  });
});

describe('company names of business wires', () => {
  it('takes a stock ticker in brackets for the company’s other name', () => {
    const text = 'Caterpillar Inc ( CAT.N ) said profit rose . Hapag-Lloyd AG (HLAG.DE) said a ship was hit .';
    const found = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) });
    const caterpillar = found.find((e) => e.name === 'Caterpillar Inc');
    expect(caterpillar?.aliases).toContain('CAT.N');
    expect(found.find((e) => e.name === 'Hapag-Lloyd AG')?.aliases).toContain('HLAG.DE');
    expect(found.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('reads a regulator by its trade and the CIS by its full name', () => {
    const found = entitiesWithModel(
      model,
      {
        text: 'Stock market watchdog Consob opened an inquiry . Troops under a Commonwealth of Independent States mandate stayed , and a CIS summit is due .',
        title: '',
      },
      { sentences: [] },
    );
    expect(found.map((e) => `${e.type}:${e.name}`)).toContain('organization:Consob');
    expect(found.find((e) => e.name === 'Commonwealth of Independent States')?.aliases).toContain('CIS');
  });

  it('keeps a hyphenated name whole', () => {
    const found = entities(
      'Rolls-Royce Holdings said on Monday that Mercedes-Benz Group had ordered engines for Winston-Salem .',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Rolls-Royce Holdings',
        'organization:Mercedes-Benz Group',
        'place:Winston-Salem',
      ]),
    );
    expect(entities('Sino-US talks resumed in Geneva on Monday .')).not.toContain('place:Sino-US');
  });
});
