import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../../../core/entities/assemble';
import { recognizeEntities } from '../../../core/entities/index';
import { OTHER_COUNTRY_NAMES } from '../../../core/entities/lexicon';
import { initialsOf, isAcronym, normalizeKey } from '../../../core/entities/names';
import type { TaggedMention, TagType } from '../../../core/entities/recognize';
import { tokenize } from '../../../core/entities/tokenize';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';

/** Tagged mentions for each occurrence of the given (name, type) pairs, as if the tagger had found them. */
function tagged(text: string, names: [string, TagType][]): TaggedMention[] {
  const out: TaggedMention[] = [];
  for (const [name, type] of names) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      out.push({ text: name, start, end: start + name.length, type, unit: 0 });
      from = start + name.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const assemble = (text: string, names: [string, TagType][]) =>
  assembleEntities(text, tagged(text, names), [tokenize(text)], { knownAliases: true });

/** One tagged mention: the first `form` at or after `from`, as the tagger might have found it alone. */
function mentionAt(text: string, form: string, from: number, type: TagType): TaggedMention {
  const start = text.indexOf(form, from);
  return { text: form, start, end: start + form.length, type, unit: 0 };
}

/** Entities from the given mentions only, repeats of them not added. */
const assembleOnly = (text: string, mentions: TaggedMention[]) =>
  assembleEntities(text, mentions, [tokenize(text)], { propagate: false });

describe('names', () => {
  it('normalizes case, "the", possessives, dots and dashes', () => {
    expect(normalizeKey('The Soufan Group')).toBe('soufan group');
    expect(normalizeKey('the Soufan Group')).toBe('soufan group');
    expect(normalizeKey('U.S.')).toBe('us');
    expect(normalizeKey('Al – Bagdadi')).toBe('al-bagdadi');
    expect(normalizeKey('Pakistan’s')).toBe('pakistan');
  });

  it('reads initials and acronyms', () => {
    expect(initialsOf('World Health Organization')).toBe('WHO');
    expect(initialsOf('Islamic State of Iraq and Syria')).toBe('ISIS');
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Pakistan')).toBe(false);
  });
});

describe('alias merging', () => {
  it('merges an acronym with the name it abbreviates', () => {
    const text = 'The World Health Organization warned on Friday. Officials at WHO said more tests were needed.';
    const clusters = assemble(text, [
      ['World Health Organization', 'ORG'],
      ['WHO', 'ORG'],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.name).toBe('World Health Organization');
    expect(clusters[0]?.aliases).toContain('WHO');
  });

  it('takes no initials from a name with an acronym in it: "UK Sport" is not the "US"', () => {
    const text = 'US officials met the heads of UK Sport on Monday.';
    const clusters = assemble(text, [
      ['US', 'LOC'],
      ['UK Sport', 'ORG'],
    ]);
    expect(clusters.map((c) => [c.name, c.mentions.length])).toEqual(
      expect.arrayContaining([
        ['US', 1],
        ['UK Sport', 1],
      ]),
    );
  });

  it('merges an acronym defined in parentheses even when the initials differ', () => {
    const text = 'The Pakistan Movement for Justice (PTI) won. Later the PTI leaders met.';
    const clusters = assemble(text, [
      ['Pakistan Movement for Justice', 'ORG'],
      ['PTI', 'ORG'],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.mentions).toHaveLength(3);
  });

  it('merges ISIS and the Islamic State through the known-alias table', () => {
    const text = 'The Islamic State claimed the attack. ISIS has done this before.';
    const clusters = assemble(text, [
      ['Islamic State', 'LOC'],
      ['ISIS', 'ORG'],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.name).toBe('Islamic State');
    expect(clusters[0]?.type).toBe('organization');
  });

  it("drops a broadcast transcript's speaker labels ('HOST:', 'BYLINE:'), keeping the speakers as names are written", () => {
    const text = 'SACHA PFEIFFER, HOST: Teachers rallied. ROSIE CURTS, BYLINE: They came from all over.';
    const clusters = assemble(text, [
      ['SACHA PFEIFFER', 'PER'],
      ['HOST', 'ORG'],
      ['ROSIE CURTS', 'PER'],
      ['BYLINE', 'LOC'],
    ]);
    expect(clusters.map((c) => c.name).sort()).toEqual(['Rosie Curts', 'Sacha Pfeiffer']);
  });

  it('knows a company named after a person is a company, but not a surname alone', () => {
    const text = 'Eli Lilly raised its forecast, and Goldman Sachs cut its own. Gerald Ford had no shares.';
    const clusters = assemble(text, [
      ['Eli Lilly', 'PER'],
      ['Goldman Sachs', 'PER'],
      ['Gerald Ford', 'PER'],
    ]);
    expect(clusters.find((c) => c.name === 'Eli Lilly')?.type).toBe('organization');
    expect(clusters.find((c) => c.name === 'Goldman Sachs')?.type).toBe('organization');
    expect(clusters.find((c) => c.name === 'Gerald Ford')?.type).toBe('person');
  });

  it('knows a league is an organization, not the place a tagger reads in it', () => {
    const text = 'Sevilla sit third in La Liga, two points behind the Premier League leaders.';
    const clusters = assemble(text, [
      ['Sevilla', 'ORG'],
      ['La Liga', 'LOC'],
      ['Premier League', 'LOC'],
    ]);
    expect(clusters.map((c) => `${c.name} ${c.type}`).sort()).toEqual([
      'La Liga organization',
      'Premier League organization',
      'Sevilla organization',
    ]);
  });

  it('keeps a company named after a person whole with its short name ("Eli Lilly", "Lilly")', () => {
    const text = 'Eli Lilly raised its forecast. Lilly said demand was strong.';
    const clusters = assembleOnly(text, [
      mentionAt(text, 'Eli Lilly', 0, 'PER'),
      mentionAt(text, 'Lilly', text.indexOf('.'), 'PER'),
    ]);
    expect(clusters.map((c) => `${c.name} ${c.type} ${c.mentions.length}`)).toEqual(['Eli Lilly organization 2']);
  });

  it('merges a last name with the one full name that ends in it', () => {
    const text =
      'Abu Bakr Al-Bagdadi spoke. Later Al-Bagdadi left, and Jane Smith and John Smith stayed. Smith laughed.';
    const clusters = assemble(text, [
      ['Abu Bakr Al-Bagdadi', 'PER'],
      ['Al-Bagdadi', 'PER'],
      ['Jane Smith', 'PER'],
      ['John Smith', 'PER'],
      ['Smith', 'PER'],
    ]);
    const bagdadi = clusters.filter((c) => c.name.includes('Bagdadi'));
    expect(bagdadi).toHaveLength(1);
    expect(bagdadi[0]?.name).toBe('Abu Bakr Al-Bagdadi');
    expect(bagdadi[0]?.aliases).toEqual(['Al-Bagdadi']);
    // Two Smiths: the bare last name is ambiguous and stays on its own.
    expect(clusters.filter((c) => c.name.endsWith('Smith'))).toHaveLength(3);
  });

  it('merges a shorter full form, a name written without its accents, and each part of a double surname', () => {
    const text =
      'Joy Harden Bradford founded the group. Harden Bradford said it grew. Bradford laughed. ' +
      'Sergio Martínez-Beltrán reported. SERGIO MARTINEZ-BELTRAN: Thanks. Martinez asked, and Beltrán answered.';
    const clusters = assemble(text, [
      ['Joy Harden Bradford', 'PER'],
      ['Harden Bradford', 'PER'],
      ['Bradford', 'PER'],
      ['Sergio Martínez-Beltrán', 'PER'],
      ['SERGIO MARTINEZ-BELTRAN', 'PER'],
      ['Martinez', 'LOC'],
      ['Beltrán', 'PER'],
    ]);
    const bradford = clusters.filter((c) => c.name.includes('Bradford'));
    expect(bradford).toHaveLength(1);
    expect(bradford[0]?.name).toBe('Joy Harden Bradford');
    const sergio = clusters.filter((c) => /martinez|martínez|beltr/i.test(c.name));
    expect(sergio).toHaveLength(1);
    expect(sergio[0]?.aliases).toEqual(expect.arrayContaining(['Martinez', 'Beltrán']));
    expect(sergio[0]?.type).toBe('person');
  });

  it('treats "the Soufan Group", "The Soufan Group" and "Soufan Group" as one name, fullest form first', () => {
    const text =
      'A report by the firm The Soufan Group was cited. Soufan Group analysts agreed, the Soufan Group said.';
    const clusters = assemble(text, [
      ['The Soufan Group', 'ORG'],
      ['Soufan Group', 'ORG'],
    ]);
    const soufan = clusters.filter((c) => /soufan/i.test(c.name));
    expect(soufan).toHaveLength(1);
    expect(soufan[0]?.name).toBe('The Soufan Group');
  });

  it('takes the type most mentions vote for', () => {
    const text = 'Jordan won. Jordan scored again, and Jordan smiled.';
    const mentions = tagged(text, [['Jordan', 'PER']]);
    (mentions[0] as TaggedMention).type = 'LOC';
    const clusters = assembleEntities(text, mentions, [tokenize(text)]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.type).toBe('person');
  });

  it('drops weekdays, months, demonyms and page furniture', () => {
    const text = 'On Monday in March, Pakistani and Afghan Muslims read Font Size notes about Pakistan.';
    const clusters = assemble(text, [
      ['Monday', 'ORG'],
      ['March', 'PER'],
      ['Pakistani', 'LOC'],
      ['Afghan', 'LOC'],
      ['Muslims', 'ORG'],
      ['Font Size', 'ORG'],
      ['Pakistan', 'LOC'],
    ]);
    expect(clusters.map((c) => c.name)).toEqual(['Pakistan']);
  });

  it('drops acronyms of things and prices, and keeps acronyms of organizations', () => {
    const text = 'The WHO says AI and GDP matter; the ROI of a US$14.99 plan and a €20 fee is low.';
    const clusters = assemble(text, [
      ['WHO', 'ORG'],
      ['AI', 'ORG'],
      ['GDP', 'LOC'],
      ['ROI', 'PER'],
      ['US$14.99', 'ORG'],
      ['€20', 'ORG'],
    ]);
    expect(clusters.map((c) => c.name)).toEqual(['WHO']);
  });

  it('drops code, file names and people with digits, and keeps names with numbers that are not people', () => {
    const text = 'Run HAVING COUNT(o.id in ISSUE_TEMPLATE and CONTRIBUTING.md; the Volvo EX90 beat 3M near Route 66.';
    const clusters = assemble(text, [
      ['HAVING COUNT(o.id', 'LOC'],
      ['ISSUE_TEMPLATE', 'ORG'],
      ['CONTRIBUTING.md', 'ORG'],
      ['Volvo EX90', 'PER'],
      ['3M', 'ORG'],
      ['Route 66', 'LOC'],
    ]);
    expect(clusters.map((c) => c.name).sort()).toEqual(['3M', 'Route 66']);
  });
});

describe('recognizer on hand-written news text', () => {
  it('finds people, organizations and places and merges their repeats', async () => {
    const text = [
      'WASHINGTON (Reuters) - Senator Elizabeth Warren said on Tuesday that the Federal Reserve should act.',
      '',
      'Warren told reporters in Boston that the central bank had waited too long. The Federal Reserve declined to comment.',
    ].join('\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get('Elizabeth Warren')?.type).toBe('person');
    expect(byName.get('Elizabeth Warren')?.mentions).toHaveLength(2);
    expect(byName.get('Federal Reserve')?.type).toBe('organization');
    expect(byName.get('Boston')?.type).toBe('place');
    expect(entities.find((e) => e.name === 'Tuesday')).toBeUndefined();
  });

  it('reads wire conventions: datelines, company suffixes, names after titles', async () => {
    const text = [
      'KABUL, Afghanistan (AP) — Shares of Boeing Co fell after Chinese President Xi Jinping spoke, officials said.',
      '',
      'Analysts at Goldman Sachs Group Inc. and Microsoft Corp. disagreed.',
    ].join('\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const typeOf = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
    expect(typeOf('Kabul')).toBe('place');
    expect(typeOf('Afghanistan')).toBe('place');
    expect(typeOf('Boeing Co')).toBe('organization');
    expect(typeOf('Xi Jinping')).toBe('person');
    expect(typeOf('Goldman Sachs Group Inc.')).toBe('organization');
    expect(typeOf('Microsoft Corp.')).toBe('organization');
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('words that look like names', () => {
  it("drop a virus's name, capitalized at a sentence's start, but keep an institute named for one", () => {
    const text =
      'Hantavirus spreads from mice. Coronavirus cases rose. The Virus Research Institute in Ohio studies both.';
    const names = assemble(text, [
      ['Hantavirus', 'PER'],
      ['Coronavirus', 'ORG'],
      ['Virus Research Institute', 'ORG'],
      ['Ohio', 'LOC'],
    ]).map((c) => c.name);
    expect(names.sort()).toEqual(['Ohio', 'Virus Research Institute']);
  });
});

describe('companies the press names every day', () => {
  it('are organizations whatever the tagger typed them, and only where it found them', () => {
    const text =
      'Meta said on Monday that its meta-analysis was done. Nikon and Canon cut prices in Tokyo. Morgan Stanley fell on the Nasdaq.';
    const clusters = assemble(text, [
      ['Meta', 'PER'],
      ['Nikon', 'PER'],
      ['Canon', 'LOC'],
      ['Tokyo', 'LOC'],
      ['Morgan Stanley', 'PER'],
      ['Nasdaq', 'LOC'],
    ]);
    const types = Object.fromEntries(clusters.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      Meta: 'organization',
      Nikon: 'organization',
      Canon: 'organization',
      Tokyo: 'place',
      'Morgan Stanley': 'organization',
      Nasdaq: 'organization',
    });
    expect(clusters.flatMap((c) => c.mentions.map((m) => m.text))).not.toContain('meta');
  });
});

describe('software and devices', () => {
  it('are shown as other names, not as people or places', () => {
    const text = 'Python beat Excel in the survey, said Ada Lovelace of Leeds.';
    const clusters = assemble(text, [
      ['Python', 'LOC'],
      ['Excel', 'PER'],
      ['Ada Lovelace', 'PER'],
      ['Leeds', 'LOC'],
    ]);
    const types = Object.fromEntries(clusters.map((c) => [c.name, c.type]));
    expect(types).toEqual({ Python: 'other', Excel: 'other', 'Ada Lovelace': 'person', Leeds: 'place' });
  });
});

describe('names inside a term, roles and codes', () => {
  it('are no entities: a disease named for a person, a founder, a currency code, HR', () => {
    const text =
      "Alzheimer's disease and Tourette syndrome were studied. Founder Jane Roe paid 40 USD. HR said Roe's plan worked.";
    const names = assemble(text, [
      ['Alzheimer', 'PER'],
      ['Tourette', 'PER'],
      ['Founder', 'PER'],
      ['Jane Roe', 'PER'],
      ['USD', 'ORG'],
      ['HR', 'ORG'],
    ]).map((c) => c.name);
    expect(names).toEqual(['Jane Roe']);
  });
});

describe('a city that is also a given name', () => {
  it('is the city when found alone, and the person when someone in the text goes by it', () => {
    const alone = 'Flights from Atlanta were cut. Atlanta expects snow.';
    expect(assemble(alone, [['Atlanta', 'PER']]).map((c) => c.type)).toEqual(['place']);
    const named = 'Austin Butler arrived. Later Austin waved.';
    const types = assemble(named, [
      ['Austin Butler', 'PER'],
      ['Austin', 'PER'],
    ]).map((c) => `${c.name}: ${c.type}`);
    expect(types).not.toContain('Austin: place');
  });

  it('is the city when a capital speaks for its government ("Beijing warned")', () => {
    const text = 'Xi Jinping will visit. Beijing warned Taipei on Monday.';
    const types = assemble(text, [
      ['Xi Jinping', 'PER'],
      ['Beijing', 'PER'],
    ]).map((c) => `${c.name}: ${c.type}`);
    // Taipei, which the tagger missed, is found as the capital it is (capitals.ts).
    expect(types).toEqual(['Xi Jinping: person', 'Beijing: place', 'Taipei: place']);
  });
});

describe("a company's short name", () => {
  it('joins the one organization whose name it begins, when the tagger took it for a person', () => {
    const text = 'Novo Nordisk cut prices. Novo said demand rose.';
    const joined = assembleOnly(text, [
      mentionAt(text, 'Novo Nordisk', 0, 'ORG'),
      mentionAt(text, 'Novo', text.indexOf('said') - 5, 'PER'),
    ]);
    expect(joined.map((c) => [c.name, c.type, c.mentions.length])).toEqual([['Novo Nordisk', 'organization', 2]]);
  });

  it('stays apart when a person in the text goes by that word', () => {
    const text = 'Emma Sleep opened a shop. Emma Stone visited, and Emma smiled.';
    const clusters = assembleOnly(text, [
      mentionAt(text, 'Emma Sleep', 0, 'ORG'),
      mentionAt(text, 'Emma Stone', 0, 'PER'),
      mentionAt(text, 'Emma', text.indexOf('and'), 'PER'),
    ]);
    expect(clusters.find((c) => c.name === 'Emma Sleep')?.mentions).toHaveLength(1);
  });
});

describe('a country acting in a story', () => {
  it('is a place, even where the tagger read it as an organization', () => {
    const text = 'South Korea beat Tunisia 2-1. The Korea Football Association cheered.';
    const names: [string, TagType][] = [
      ['South Korea', 'ORG'],
      ['Tunisia', 'ORG'],
      ['Korea Football Association', 'ORG'],
    ];
    const isCountry = (name: string) => name === 'south korea' || name === 'tunisia';
    const clusters = assembleEntities(text, tagged(text, names), [tokenize(text)], { isCountry });
    expect(Object.fromEntries(clusters.map((c) => [c.name, c.type]))).toEqual({
      'South Korea': 'place',
      Tunisia: 'place',
      'Korea Football Association': 'organization',
    });
  });

  it('is a place where the tagger read it as a person, unless it is also a given name', () => {
    const text = 'Erdogan said Turkey was ready. Jordan scored 30 points.';
    const names: [string, TagType][] = [
      ['Erdogan', 'PER'],
      ['Turkey', 'PER'],
      ['Jordan', 'PER'],
    ];
    const isCountry = (name: string) => name === 'turkey' || name === 'jordan';
    const isFirstName = (name: string) => name === 'jordan';
    const clusters = assembleEntities(text, tagged(text, names), [tokenize(text)], { isCountry, isFirstName });
    expect(Object.fromEntries(clusters.map((c) => [c.name, c.type]))).toEqual({
      Erdogan: 'person',
      Turkey: 'place',
      Jordan: 'person',
    });
  });

  it('is a place under its Spanish, Portuguese, French or German name ("Estados Unidos", "Deutschland")', () => {
    const text = 'Estados Unidos y México firmaron. Deutschland und Frankreich stritten. Luis Miguel cantó.';
    const names: [string, TagType][] = [
      ['Estados Unidos', 'PER'],
      ['México', 'PER'],
      ['Deutschland', 'ORG'],
      ['Frankreich', 'PER'],
      ['Luis Miguel', 'PER'],
    ];
    const isCountry = (name: string) => OTHER_COUNTRY_NAMES.has(name);
    const clusters = assembleEntities(text, tagged(text, names), [tokenize(text)], { isCountry });
    expect(Object.fromEntries(clusters.map((c) => [c.name, c.type]))).toEqual({
      'Estados Unidos': 'place',
      México: 'place',
      Deutschland: 'place',
      Frankreich: 'place',
      'Luis Miguel': 'person',
    });
  });

  it('is known under the names the country list lacks ("Turkey", "Britain", "Scotland")', async () => {
    const article = articleFromText(
      'Britain and Turkey signed the deal in London on Monday. Scotland said it would follow, and Turkey agreed.',
    );
    const entities = await recognizeEntities(article, { sentences: splitSentences(article.text) });
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    // The tagger reads "Turkey" as a person here; the lists know the country only as Türkiye.
    expect(['Britain', 'Turkey', 'Scotland'].map(typeOf)).toEqual(['place', 'place', 'place']);
  });
});

describe('peoples and workout acronyms', () => {
  it('are no entities: "Māori" is a people, "HIIT" a kind of workout', () => {
    const text = 'Māori elders met in Whangārei. HIIT classes filled up. West Indian and Native American players came.';
    const names = assemble(text, [
      ['Māori', 'PER'],
      ['Whangārei', 'LOC'],
      ['HIIT', 'ORG'],
      ['West Indian', 'LOC'],
      ['Native American', 'ORG'],
    ]).map((c) => c.name);
    expect(names).toEqual(['Whangārei']);
  });
});

describe('parliaments and central banks', () => {
  it('are organizations even where the tagger found nothing', () => {
    const text = 'The Bundesbank warned the Bundestag, and the European Commission agreed.';
    const clusters = assemble(text, []);
    expect(clusters.map((c) => [c.name, c.type])).toEqual([
      ['Bundesbank', 'organization'],
      ['Bundestag', 'organization'],
      ['European Commission', 'organization'],
    ]);
  });
});

describe('a town that wins or loses a match', () => {
  it('is its team, while a country stays a place and a figure of speech changes nothing', () => {
    const text =
      'Leicestershire beat Somerset by an innings. Japan beat Syria 2-1. Beijing beat Washington in the talks.';
    const names: [string, TagType][] = [
      ['Leicestershire', 'LOC'],
      ['Somerset', 'PER'],
      ['Japan', 'LOC'],
      ['Syria', 'LOC'],
      ['Beijing', 'LOC'],
      ['Washington', 'LOC'],
    ];
    const countries = new Set(['japan', 'syria']);
    const clusters = assembleEntities(text, tagged(text, names), [tokenize(text)], {
      isCountry: (name) => countries.has(name),
    });
    expect(Object.fromEntries(clusters.map((c) => [c.name, c.type]))).toEqual({
      Leicestershire: 'organization',
      Somerset: 'organization',
      Japan: 'place',
      Syria: 'place',
      Beijing: 'place',
      Washington: 'place',
    });
  });
});

describe('a storm', () => {
  it('is neither a person nor a place, however its name was typed', () => {
    const text = 'Hurricane Milton hit Florida. Milton weakened later. Cyclone Phailin reached India; Phailin faded.';
    const clusters = assemble(text, [
      ['Hurricane Milton', 'PER'],
      ['Milton', 'PER'],
      ['Florida', 'LOC'],
      ['Phailin', 'LOC'],
      ['India', 'LOC'],
    ]);
    expect(clusters.map((c) => [c.name, c.type])).toEqual([
      ['Hurricane Milton', 'other'],
      ['Florida', 'place'],
      ['Phailin', 'other'],
      ['India', 'place'],
    ]);
  });
});

describe("a person's first name alone", () => {
  it('is that person when one person in the text has it', () => {
    const text = "Lupita Nyong'o arrived late. Lupita waved to Pearl.";
    const clusters = assembleOnly(text, [
      mentionAt(text, "Lupita Nyong'o", 0, 'PER'),
      mentionAt(text, 'Lupita', 20, 'PER'),
      mentionAt(text, 'Pearl', 0, 'PER'),
    ]);
    expect(clusters.map((c) => [c.name, c.mentions.length])).toEqual([
      ["Lupita Nyong'o", 2],
      ['Pearl', 1],
    ]);
  });

  it('stays apart when two people share it', () => {
    const text = 'Mary Henn met Mary Zubritsky. Mary spoke first.';
    const clusters = assembleOnly(text, [
      mentionAt(text, 'Mary Henn', 0, 'PER'),
      mentionAt(text, 'Mary Zubritsky', 0, 'PER'),
      mentionAt(text, 'Mary', 30, 'PER'),
    ]);
    expect(clusters.map((c) => c.name)).toContain('Mary');
  });
});

describe("the world's regions, seas and mountain ranges", () => {
  it('are places, under one name when the press spells them two ways', async () => {
    const text = [
      'Russia annexed Crimea in 2014, and fighting in the Donbas has not stopped since.',
      'Talks on Nagorno-Karabakh resumed in Geneva, while Transnistria stayed on the agenda.',
      'Drought has hit the Horn of Africa, and wildfires burned across Siberia.',
      'Heavy snow fell across the Alps and the Pyrenees, and the Himalayas saw avalanches.',
      'Separatists in the Donbass said the shelling went on.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const places = entities.filter((e) => e.type === 'place').map((e) => e.name);
    for (const name of ['Crimea', 'Nagorno-Karabakh', 'Transnistria', 'Horn of Africa', 'Siberia', 'Alps', 'Himalayas'])
      expect(places).toContain(name);
    expect(entities.find((e) => e.name === 'Donbas')).toMatchObject({ type: 'place', aliases: ['Donbass'] });
    expect(entities.filter((e) => e.type !== 'place').map((e) => e.name)).toEqual([]);
  });
});

describe("sport's clubs and governing bodies", () => {
  it('are organizations, the Olympic committee under its acronym too', async () => {
    const text = [
      'UEFA fined Fenerbahce after crowd trouble in Istanbul.',
      'He played for Ajax and Feyenoord before joining AC Milan.',
      'The International Olympic Committee met in Lausanne. The IOC said Atlanta had met all requirements.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const organizations = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['UEFA', 'Fenerbahce', 'Ajax', 'Feyenoord', 'AC Milan', 'International Olympic Committee'])
      expect(organizations).toContain(name);
    expect(entities.find((e) => e.name === 'International Olympic Committee')?.aliases).toContain('IOC');
    expect(entities.find((e) => e.name === 'Istanbul')?.type).toBe('place');
  });
});

describe('political parties abroad', () => {
  it('are organizations, not people, wherever the sentence puts them', async () => {
    const text = [
      'Likud said it would not join a government led by Yesh Atid.',
      'Sinn Fein overtook Fianna Fail and Fine Gael in the Dublin polls.',
      'CDU leaders met in Berlin. The SPD said the Christian Democratic Union had broken its word.',
      'Fidesz and Syriza campaigned against the deal, and Podemos stayed silent.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const organizations = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['Likud', 'Yesh Atid', 'Sinn Fein', 'Fianna Fail', 'Fine Gael', 'Fidesz', 'Syriza', 'Podemos'])
      expect(organizations).toContain(name);
    expect(entities.find((e) => e.name === 'Christian Democratic Union')?.aliases).toContain('CDU');
    expect(organizations.some((name) => name.includes('SPD') || name.startsWith('Social Democratic'))).toBe(true);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
    expect(entities.find((e) => e.name === 'Berlin')?.type).toBe('place');
  });
});

describe('seats of government and news and rating agencies', () => {
  it('are organizations, not people', async () => {
    const text = [
      'The Kremlin said the talks would resume. Xinhua said Chinese envoys would attend.',
      "Standard & Poor's cut the rating, and Moody's agreed. The Elysee declined to comment.",
      'Shares of Nokia and Ericsson fell. Nestle said sales rose.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const organizations = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    for (const name of ['Kremlin', 'Xinhua', 'Elysee', 'Nokia', 'Ericsson', 'Nestle'])
      expect(organizations).toContain(name);
    expect(organizations.some((name) => name.startsWith('Standard & Poor'))).toBe(true);
    expect(organizations.some((name) => name.startsWith('Moody'))).toBe(true);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
});

describe('towns of the wars in the news', () => {
  it('are places, however little the sentence says', async () => {
    const text = [
      'Strikes hit Rafah overnight, officials said.',
      'Israeli troops raided Jenin, while strikes hit Khan Younis.',
      'Troops entered Nablus, and drones struck Kursk and Odessa.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const places = entities.filter((e) => e.type === 'place').map((e) => e.name);
    for (const name of ['Rafah', 'Jenin', 'Khan Younis', 'Nablus', 'Kursk']) expect(places).toContain(name);
    expect(places.some((name) => name === 'Odesa' || name === 'Odessa')).toBe(true);
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a short name the text defined', () => {
  it('is that body wherever the text writes it again, though the tagger read it only once', () => {
    const text =
      'The Israel Defense Forces (IDF) said it struck targets. IDF troops entered the town, and the IDF’s statement followed.';
    const clusters = assembleEntities(text, [mentionAt(text, 'Israel Defense Forces', 0, 'ORG')], [tokenize(text)], {
      knownAliases: true,
    });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Israel Defense Forces',
      'IDF',
      'IDF',
      'IDF',
    ]);
  });
});
