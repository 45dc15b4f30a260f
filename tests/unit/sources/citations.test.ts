import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analyze';
import { analyzeSources } from '../../../core/sources/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Entity } from '../../../core/types';
import { linkOn, sourcesOf } from './helpers';

describe('citations: attribution patterns', () => {
  it('"quote," X said / X said, "quote" / "quote," said X', () => {
    const text = [
      '“The bridge will reopen in May,” Transport Minister Ana Ruiz said on Friday.',
      'Ruiz said, “We have no reason to expect further delays.”',
      '“It is about time,” said Tom Becker, a commuter from Leeds.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => [c.source, c.direct])).toEqual([
      ['Ana Ruiz', true],
      ['Ana Ruiz', true],
      ['Tom Becker', true],
    ]);
    expect(cs[0]?.description).toBe('Transport Minister');
    expect(cs[2]?.description).toBe('a commuter from Leeds');
  });

  it('indirect speech: said that, according to, trailing attribution, told', () => {
    const text = [
      'The mayor said that the budget would be balanced by 2027.',
      'Unemployment fell to 4.1 percent in March, according to the Office for National Statistics.',
      'The plant will close next year, the company said on Tuesday.',
      'A senior diplomat told reporters the talks had stalled.',
    ].join(' ');
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => c.source)).toEqual([
      'the mayor',
      'Office for National Statistics',
      'the company',
      'A senior diplomat',
    ]);
    expect(cs.every((c) => !c.direct)).toBe(true);
    expect(cs[0]?.quote).toBe('the budget would be balanced by 2027');
    expect(cs[3]?.kind).toBe('anonymous');
  });

  it('verb strength: neutral, strong, weak, concessive', () => {
    const text = [
      '“We did nothing wrong,” Ms. Lane insisted.',
      '“Prices may fall later,” an analyst speculated.',
      '“We made mistakes,” the chief executive admitted.',
      '“It went well,” the coach said.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => c.verbStrength)).toEqual(['strong', 'weak', 'concessive', 'neutral']);
  });

  it('via: interview with an outlet, a statement, social media', () => {
    const text = [
      '“We will appeal,” the union’s leader, Jo Park, said in an interview with Reuters.',
      '“The matter is closed,” the ministry said in a statement.',
      '“See you in court,” Mr. Okoye wrote on X.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations;
    expect(cs.find((c) => c.source === 'Jo Park')?.via).toBe('Reuters');
    expect(cs.find((c) => c.source === 'Reuters')?.kind).toBe('outlet');
    expect(cs.find((c) => c.source === 'the ministry')?.via).toBe('a statement');
    expect(cs.find((c) => /Okoye/.test(c.source))?.via).toBe('X');
  });

  it('resolves pronouns, surnames and descriptions to the speaker', () => {
    const text = [
      'Dr. Lena Hoff, a virologist at the Charité hospital, has studied the virus for a decade.',
      '“This variant spreads faster,” she said. “But it is not more severe.”',
      '“We are watching it closely,” Hoff added.',
      '“There is no cause for panic,” U.S. research group the Halden Institute noted. “Vaccines still work,” the institute added.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations;
    expect(cs.filter((c) => c.source === 'Lena Hoff')).toHaveLength(3);
    expect(cs.filter((c) => c.source === 'the Halden Institute')).toHaveLength(2);
  });

  it('separates names from roles, affiliations and party tags', () => {
    const text = [
      'Chief executive of the Refugee Council, Enver Solomon, said the plan was “unworkable and cruel”.',
      'Sen. Robert Kline, R-Ohio, who voted against it, said the measure would cost far more than claimed.',
      'Mark Ellison of the Brookings Institution said the effects had yet to be felt.',
      '“We will appeal,” said Monroe County Mayor Teresa Vance.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => [c.source, c.kind])).toEqual([
      ['Enver Solomon', 'person'],
      ['Robert Kline', 'person'],
      ['Mark Ellison', 'person'],
      ['Teresa Vance', 'person'],
    ]);
    expect(cs[0]?.description).toBe('Chief executive of the Refugee Council');
    expect(cs[2]?.description).toBe('of the Brookings Institution');
  });

  it('uses entities when present: canonical names and types', () => {
    const text = 'Acme shares fell. “We expected worse,” said Smith, who runs the fund. “Much worse,” ACME added.';
    const mention = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { text: word, start, end: start + word.length };
    };
    const entities: Entity[] = [
      { name: 'Dana Smith', type: 'person', aliases: ['Smith'], salience: 0.5, mentions: [mention('Smith')] },
      {
        name: 'Acme Corporation',
        type: 'organization',
        aliases: ['ACME'],
        salience: 0.9,
        mentions: [mention('Acme'), mention('ACME')],
      },
    ];
    const cs = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities }).citations;
    expect(cs.map((c) => [c.source, c.kind])).toEqual([
      ['Dana Smith', 'person'],
      ['Acme Corporation', 'organization'],
    ]);
  });

  it('names the speaker, not the party in the speaker’s description', () => {
    const text =
      'Ennahda leads the coalition. Ajmi Lourimi, a member of Ennahda’s general secretariat, said the attack would unite Tunisians.';
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { text: word, start, end: start + word.length };
    };
    const entities: Entity[] = [
      {
        name: 'Ennahda',
        type: 'organization',
        aliases: [],
        salience: 0.9,
        mentions: [at('Ennahda'), at('Ennahda', 10)],
      },
      { name: 'Ajmi Lourimi', type: 'person', aliases: [], salience: 0.4, mentions: [at('Ajmi Lourimi')] },
    ];
    const cs = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities }).citations;
    expect(cs.map((c) => [c.source, c.kind])).toEqual([['Ajmi Lourimi', 'person']]);
  });

  it('a speaker the sentence denies is no source', () => {
    const text = [
      'Although no group claimed responsibility, the bloodshed raised fears that militants were spreading.',
      'No one said the roads would reopen before spring.',
      'The Islamic State claimed responsibility for the attack.',
    ].join(' ');
    expect(sourcesOf(text).citations.map((c) => c.source)).toEqual(['The Islamic State']);
  });

  it('links the speaker when the article links its name', () => {
    const text = '“Rates will stay high,” said the Brookfield Policy Center, a think tank.';
    const cs = sourcesOf(text, {
      links: [linkOn(text, 'Brookfield Policy Center', 'https://brookfieldpolicy.org/report')],
    }).citations;
    expect(cs[0]?.href).toBe('https://brookfieldpolicy.org/report');
  });

  it('does not cite scare quotes or declined comments', () => {
    const text = 'The so-called “reform” passed on Monday. The company declined to comment on the “deal”.';
    expect(sourcesOf(text).citations).toEqual([]);
  });
});

describe('citations: broadcast transcripts', () => {
  const transcript = [
    'LENA HART, HOST:',
    'The ferries that link the islands run in almost any weather. Our reporter Tom Vale went out with a crew.',
    'TOM VALE, BYLINE: Captain Ruth Alder has commanded the morning run for eleven years.',
    'RUTH ALDER: You want the crew to do the right thing without thinking about it.',
    'UNIDENTIFIED PERSON #1: Yeah, go on then.',
    'VALE: A second training weekend begins in March, after a ferry lost power last winter.',
    'MARCUS OYELARAN: Nobody on that boat knew how long the wait would be.',
    'HART: That was Tom Vale reporting.',
  ].join('\n\n');

  it('cites each named speaker in their own words, by the name a reader would write', () => {
    const cs = sourcesOf(transcript, { authors: [{ name: 'Tom Vale' }] }).citations;
    expect(cs.map((c) => [c.source, c.direct])).toEqual([
      ['Ruth Alder', true],
      ['Marcus Oyelaran', true],
    ]);
    expect(cs[0]?.quote).toBe('You want the crew to do the right thing without thinking about it.');
  });

  it('a glossary or price table in capitals is no transcript', () => {
    const glossary = [
      'SEO: Search engine optimization is the practice of improving a site for search.',
      'SEM: Search engine marketing covers paid and unpaid search work.',
      'PPC: Pay per click is the advertising model used in search ads.',
    ].join('\n\n');
    expect(sourcesOf(glossary).citations.map((c) => c.source)).not.toContain('Seo');
  });
});

describe('citations: pronouns', () => {
  it('"they" is never the last person quoted', () => {
    const text = [
      '“I am worried about my construction mouth,” said Thomas Kennedy, who leads the building trades.',
      'Republicans in the legislature are pushing hard for the proposal. They say it would give students a better education.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => c.source)).toEqual(['Thomas Kennedy']);
  });
});

describe('citations: a person named again by first name', () => {
  it('is the person the article named in full, when only one has that first name', () => {
    const text =
      "Lupita Nyong'o's Oscar dress was stolen from her hotel room. Our sources say Lupita told police it was taken between 8 AM and 9 PM.";
    const mention = { text: "Lupita Nyong'o", start: 0, end: 14 };
    const entities: Entity[] = [
      { name: "Lupita Nyong'o", type: 'person', aliases: [], salience: 0.9, mentions: [mention] },
    ];
    const cs = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities }).citations;
    expect(cs.map((c) => [c.source, c.kind])).toContainEqual(["Lupita Nyong'o", 'person']);
    expect(cs.map((c) => c.source)).not.toContain('Lupita Nyong');
  });
});

describe('citations: "As X explains, …"', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { text: word, start, end: start + word.length };
  };

  it('cites the person named first, for the words after the verb', () => {
    const text =
      'As Dr. Stacy Ogbeide, a clinical health psychologist with UT Health San Antonio explains, the key to lasting weight loss is to build habits you can keep.';
    const entities: Entity[] = [
      { name: 'Stacy Ogbeide', type: 'person', aliases: [], salience: 0.6, mentions: [at(text, 'Stacy Ogbeide')] },
      { name: 'San Antonio', type: 'place', aliases: [], salience: 0.3, mentions: [at(text, 'San Antonio')] },
    ];
    const cs = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities }).citations;
    expect(cs.map((c) => [c.source, c.kind, c.quote])).toEqual([
      ['Stacy Ogbeide', 'person', 'the key to lasting weight loss is to build habits you can keep'],
    ]);
    expect(sourcesOf('As Evans noted, this is no joke for anyone who runs a server.').citations[0]?.source).toBe(
      'Evans',
    );
  });

  it('is no citation when the writer or a process is the subject', () => {
    const text = [
      'As I’ve mentioned, it is a bit slower to edit video in the browser than on the desktop.',
      'As research continues, the treatment could become a mainstream option for patients.',
      'As a result, prices at the pump rose for the third week in a row.',
    ].join('\n\n');
    expect(sourcesOf(text).citations).toEqual([]);
  });
});

describe('citations: a named study or report', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { text: word, start, end: start + word.length };
  };

  it('is the document itself, not the place or the firm in its name', () => {
    const text =
      'According to the J.D. Power 2025 North America Rental Car Satisfaction Study, Enterprise topped the charts with a score of 734.';
    const entities: Entity[] = [
      { name: 'North America', type: 'place', aliases: [], salience: 0.3, mentions: [at(text, 'North America')] },
    ];
    const cs = analyzeSources(articleFromText(text), { sentences: splitSentences(text), entities }).citations;
    expect(cs.map((c) => [c.source, c.kind])).toEqual([
      ['J.D. Power 2025 North America Rental Car Satisfaction Study', 'document'],
    ]);
  });
});

describe('citations: "added"', () => {
  it('reports what was said, not what was put in', () => {
    const text = [
      'Apple added more home screen customization features in later releases.',
      'The company added 200 jobs last year.',
      'Mayor Ana Ruiz added the plan was flawed.',
      'The budget is too small, Ruiz added.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['Ana Ruiz', 'the plan was flawed'],
      ['Ana Ruiz', 'The budget is too small'],
    ]);
  });
});

describe('citations: the writer', () => {
  it('is the byline’s name, with "I’ve" or "we’re" run together, and never a later "she"', () => {
    const text = [
      'Maria Lopez runs the clinic downtown.',
      'We’ve found that booking the first visit by phone is quicker than booking online.',
      'She’d said the waiting list was shorter than it looked.',
    ].join('\n\n');
    const cs = sourcesOf(text).citations.map((c) => [c.source, c.quote]);
    expect(cs).toEqual([
      ['the author', 'booking the first visit by phone is quicker than booking online'],
      ['Maria Lopez', 'the waiting list was shorter than it looked'],
    ]);
    const bylined = sourcesOf('I’ve found the new ferry timetable easier to read than the old one.', {
      authors: [{ name: 'Colin Gray' }],
    }).citations;
    expect(bylined.map((c) => c.source)).toEqual(['Colin Gray']);
  });
});

describe('citations: a firm whose name opens with a time word', () => {
  it('keeps the word: "Morning Consult found" is not "Consult"', () => {
    const text =
      'A survey conducted by the market research firm Morning Consult found one-third of adults check reviews before seeing a film.';
    expect(sourcesOf(text).citations.map((c) => c.source)).toEqual(['Morning Consult']);
    expect(sourcesOf('Last week officials said the vote was delayed.').citations.map((c) => c.source)).toEqual([
      'officials',
    ]);
  });
});

describe('citations: a country that speaks', () => {
  it('is its government, an organization, when the country list is given; a person read as a place is not', () => {
    const text = 'Russia said the talks had failed. Savannah Peterson said the product was good.';
    const at = (word: string) => {
      const start = text.indexOf(word);
      return { text: word, start, end: start + word.length };
    };
    const entities: Entity[] = [
      { name: 'Russia', type: 'place', aliases: [], salience: 0.5, mentions: [at('Russia')] },
      { name: 'Savannah Peterson', type: 'place', aliases: [], salience: 0.3, mentions: [at('Savannah Peterson')] },
    ];
    const context = { sentences: splitSentences(text), entities };
    const kinds = (isCountry?: (name: string) => boolean) =>
      analyzeSources(articleFromText(text), { ...context, ...(isCountry ? { isCountry } : {}) }).citations.map((c) => [
        c.source,
        c.kind,
      ]);
    expect(kinds((name) => name === 'russia')).toEqual([
      ['Russia', 'organization'],
      ['Savannah Peterson', 'person'],
    ]);
    expect(kinds()).toEqual([
      ['Russia', 'person'],
      ['Savannah Peterson', 'person'],
    ]);
  });
});

describe('citations: a list before the verb', () => {
  it('is no appositive: its last item is not the speaker', () => {
    const text =
      'New research, based on a survey of 393 IT, platform, and engineering leaders, reveals that most teams patch faster.';
    expect(sourcesOf(text).citations.map((c) => c.source)).not.toContain('platform');
  });
});

describe('citations: a people spoken of as a group', () => {
  it('is an anonymous source, not a person named "Tunisians"; a surname in -ans stays a person', () => {
    const text = [
      'Many Tunisians accuse the political Islamists of having been slow to act.',
      'Israelis say the border has been quiet for a week.',
      'Evans says the plan works.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Many Tunisians', 'anonymous'],
      ['Israelis', 'anonymous'],
      ['Evans', 'person'],
    ]);
  });
});

describe('citations: a sentence that ends in a colon', () => {
  it('introduces what follows; the words before its comma are no statement', () => {
    const text = 'In a wide-ranging interview, President Barack Obama also said:\n\nThe UK must stay in the EU.';
    expect(sourcesOf(text).citations.map((c) => c.quote)).not.toContain('In a wide-ranging interview');
  });
});

describe('citations: a participle after the predicate', () => {
  it('is spoken by the sentence’s subject, not by a name inside its description', () => {
    const text =
      'Han Dong-hoon, the leader of the PPP, urged Yoon to step down, telling reporters that it had become “impossible” for him to govern.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.verb])).toEqual([['Han Dong-hoon', 'telling']]);
  });
});

describe('citations: a participle of speech after a clause from the sentence’s start', () => {
  it('is spoken by the clause’s subject; a participle that reports no speech makes no citation', () => {
    const text = [
      'President Trump has repeatedly called on the Fed to lower rates, arguing that high borrowing costs hurt the economy.',
      'The smoker held its heat for hours, maintaining a temperature of 120 degrees.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.verb])).toEqual([['Trump', 'arguing']]);
  });
});

describe('citations: a body named with its short name, and a time before what is said', () => {
  it('"The World Health Organization (WHO) said…", "said on Friday it had…", "said supply chains in the region were…"', () => {
    const text = [
      'The World Health Organization (WHO) said the outbreak was contained.',
      'The army said on Friday it had struck dozens of targets overnight.',
      'The ministry said in a statement the strikes would continue.',
      'Tim Cook, speaking at a conference, said supply chains in the region were stable.',
      'Products found in this list are the most basic models.',
      'Customer Lifetime Value (CLV) reveals their long-term worth.',
    ].join('\n\n');
    // Without the entity stage, a body's name keeps its article.
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['The World Health Organization', 'the outbreak was contained'],
      ['the army', 'it had struck dozens of targets overnight'],
      ['the ministry', 'the strikes would continue'],
      ['Tim Cook', 'supply chains in the region were stable'],
    ]);
  });
});

describe('citations: a bare noun and its figure opening what is said', () => {
  it('"said turnout of 30 per cent was low", "said sales of 40,000 units were expected"', () => {
    const text = [
      'Hui Chi-fung, a former lawmaker, said turnout of 30 per cent showed that voters had stayed home.',
      'The company said sales of 40,000 units were expected.',
      'The chef said plenty of 5-star reviews.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['Hui Chi-fung', 'turnout of 30 per cent showed that voters had stayed home'],
      ['the company', 'sales of 40,000 units were expected'],
    ]);
  });
});

describe("citations: an office written in capitals after a place's possessive", () => {
  it('is an unnamed office holder, not the place ("Britain\'s Foreign Secretary said…")', () => {
    const text = [
      "Britain's Foreign Secretary said the talks had failed.",
      "The UK's Health Minister said the wards were full.",
      "Britain's Foreign Secretary David Lammy said the talks would resume.",
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ["Britain's Foreign Secretary", 'anonymous'],
      ["the UK's Health Minister", 'anonymous'],
      ['David Lammy', 'person'],
    ]);
  });
});

describe('citations: "the minister said" after a named person', () => {
  it('is that person only when the text gave them the office', () => {
    const named = 'Foreign Minister Ana Ruiz flew to Paris. The minister said the talks were useful.';
    const other = 'Ana Ruiz flew to Paris on Monday for the talks. The minister said the talks were useful.';
    expect(sourcesOf(named).citations.map((c) => c.source)).toEqual(['Ana Ruiz']);
    expect(sourcesOf(other).citations.map((c) => [c.source, c.kind])).toEqual([['the minister', 'anonymous']]);
  });

  it('counts a British secretary of state or chancellor as a minister', () => {
    const secretary = 'Home Secretary Yvette Cooper flew to Paris. The minister said the talks were useful.';
    const chancellor = 'Rachel Reeves, the chancellor, met bankers. The minister said growth would return.';
    expect(sourcesOf(secretary).citations.map((c) => c.source)).toEqual(['Yvette Cooper']);
    expect(sourcesOf(chancellor).citations.map((c) => c.source)).toEqual(['Rachel Reeves']);
  });

  it('is a new holder of the office named after the minister cited before', () => {
    const text = [
      'Home Secretary Yvette Cooper flew to Paris. The minister said the talks were useful.',
      'Rachel Reeves, the chancellor, met bankers in London. The minister said growth would return.',
      'The minister added that spending would stay tight.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => c.source)).toEqual(['Yvette Cooper', 'Rachel Reeves', 'Rachel Reeves']);
  });
});

describe('citations: sources close to a named person', () => {
  it('are unnamed sources, not the person they are close to', () => {
    const text =
      'Chancellor Rachel Reeves spoke on Monday. Sources close to the chancellor told the Guardian she had no choice.';
    expect(
      sourcesOf(text)
        .citations.filter((c) => c.kind !== 'outlet')
        .map((c) => [c.source, c.kind]),
    ).toEqual([['Sources close to the chancellor', 'anonymous']]);
  });
});

describe('citations: a body’s possessive before a person’s name', () => {
  it('is the person’s citation, the body describing them', () => {
    const text = [
      'Reform UK’s Nigel Farage said the plan was a betrayal.',
      'Hezbollah’s leader Hassan Nasrallah said the war would go on.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Nigel Farage', 'person'],
      ['Hassan Nasrallah', 'person'],
    ]);
  });
});

describe('citations: a quote that ends its sentence with a stop', () => {
  it('is said by whom its own sentence names, and the next sentence keeps its own speaker', () => {
    const text =
      'A Treasury spokesperson said the government was “fixing the foundations.” The Institute for Fiscal Studies estimated that the measures would raise £20 billion.';
    // The quoted words sit inside the spokesperson's reported clause, which is cited whole.
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['A Treasury spokesperson', 'the government was “fixing the foundations.”'],
      ['The Institute for Fiscal Studies', 'the measures would raise £20 billion'],
    ]);
  });

  it('is said by the next sentence’s speaker when its own sentence names nobody', () => {
    expect(sourcesOf('“We will win.” Smith said the team was ready.').citations.map((c) => c.source)).toContain(
      'Smith',
    );
  });
});

describe('citations: "According to X published Monday, …"', () => {
  it('quotes what follows the opening’s comma, not the words that describe the source', () => {
    const text = [
      'According to a YouGov poll published Monday, 58% of voters oppose the plan.',
      'According to data from over 66,000 responses, most shoppers want protein.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => c.quote)).toEqual([
      '58% of voters oppose the plan',
      'most shoppers want protein',
    ]);
  });
});

describe('citations: openings and time phrases without a comma or "that"', () => {
  it('ends an opening "According to …" source where a clause begins', () => {
    const text = [
      'According to officials the deal is done.',
      'According to the head of the agency the plan was sound.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['officials', 'the deal is done'],
      ['the head of the agency', 'the plan was sound'],
    ]);
  });

  it('reaches what is said past a span of time', () => {
    const text = [
      'Police said in the past there had been problems at the site.',
      'American officials have argued for years that it was time to help Sudan.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => c.quote)).toEqual([
      'there had been problems at the site',
      'it was time to help Sudan',
    ]);
  });

  it('takes the object of a verb after its time phrase, and no phrase that opens with a preposition', () => {
    const announced = sourcesOf('The company announced on Monday a plan to cut 500 jobs.').citations;
    expect(announced.map((c) => c.quote)).toEqual(['a plan to cut 500 jobs']);
    const text = [
      'Take charge of your health by talking with your doctor.',
      'It was the lightest stove I could find at the time on the market and it has been great.',
      'This study only reported on the days of app usage rather than minutes meditated.',
    ].join('\n\n');
    expect(sourcesOf(text).citations).toEqual([]);
  });
});

describe('citations: "the director of the agency" is a person of the body', () => {
  it('cites an unnamed person, each description apart', () => {
    const text = [
      'The director of the agency said the plan was sound.',
      'A member of the board said the vote was close.',
      'The director of the museum said it was a triumph.',
      'The director of the agency said later that he would resign.',
    ].join('\n\n');
    const citations = sourcesOf(text).citations;
    expect(citations.map((c) => [c.source, c.kind])).toEqual([
      ['the director of the agency', 'anonymous'],
      ['A member of the board', 'anonymous'],
      ['the director of the museum', 'anonymous'],
      ['the director of the agency', 'anonymous'],
    ]);
  });
});

describe("citations: a reporter named after an outlet's possessive", () => {
  it('cites the reporter, not the outlet, with the name as written', () => {
    const text = [
      "The BBC's Lyse Doucet reported that crowds had gathered in the square.",
      "Reuters' Idrees Ali reported that the strikes continued overnight.",
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Lyse Doucet', 'person'],
      ['Idrees Ali', 'person'],
    ]);
  });
});

describe('citations: business copy', () => {
  it('reaches what is said past a filing, a note or a memo', () => {
    const text = 'Nvidia said in a filing on Wednesday it expected the rules to cut revenue by about $2 billion.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['Nvidia', 'it expected the rules to cut revenue by about $2 billion'],
    ]);
  });

  it('does not take a word of a company’s name for a news outlet', async () => {
    // The whole pipeline: the entities name "American Express", whose last word is also the Daily Express's.
    const text =
      'Saving money is a top priority for 59% of millennials, according to American Express. The Daily Express said savers were worried.';
    const { sources } = await analyzeText(text);
    expect(sources.citations.map((c) => [c.source, c.kind])).toEqual([
      ['American Express', 'organization'],
      ['The Daily Express', 'outlet'],
    ]);
  });
});

describe('citations: Washington copy', () => {
  it('reads a lawmaker’s party and state tag written with periods', () => {
    const text = [
      'Senate Majority Leader John Thune, R-S.D., said the bill was the responsible thing to do.',
      'Sen. Elizabeth Warren, D-Mass., said it “rewards brinkmanship.” Warren told reporters after the vote that she feared another standoff.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.verb, c.quote])).toEqual([
      ['John Thune', 'said', 'the bill was the responsible thing to do'],
      ['Elizabeth Warren', 'said', 'rewards brinkmanship.'],
      ['Elizabeth Warren', 'told', 'she feared another standoff'],
    ]);
  });
});

describe('citations: told an outlet', () => {
  it('cites the outlet for the words it carried, quoted when they were a quote', () => {
    const text = [
      '“We showed real character today,” Arsenal manager Mikel Arteta told the BBC.',
      'Two diplomats told Reuters the talks had stalled.',
    ].join('\n\n');
    const outlets = sourcesOf(text).citations.filter((c) => c.kind === 'outlet');
    expect(outlets.map((c) => [c.source, c.direct])).toEqual([
      ['BBC', true],
      ['Reuters', false],
    ]);
  });

  it('names the outlet without the sentence’s period and keeps the clause’s first word', () => {
    const text = [
      '“We showed real character today,” Arsenal manager Mikel Arteta told the BBC.',
      'Two diplomats told Reuters the talks had stalled.',
    ].join('\n\n');
    const people = sourcesOf(text).citations.filter((c) => c.kind !== 'outlet');
    expect(people.map((c) => [c.via, c.quote])).toEqual([
      ['the BBC', 'We showed real character today'],
      ['Reuters', 'the talks had stalled'],
    ]);
  });
});

describe('citations: told an outlet, then a clause', () => {
  it('reads the outlet’s whole name, and the next clause’s subject apart from it', async () => {
    const text = [
      'A senior official told the BBC Chinese Service he could not verify the reported admission.',
      'Mr Corbyn told the BBC Labour would consider the question "as a party".',
      'Ms Lee told the New York Times Trump would lose the state.',
    ].join('\n\n');
    const { sources, entities } = await analyzeText(text);
    const people = sources.citations.filter((c) => c.kind !== 'outlet');
    expect(people.map((c) => [c.via, c.quote])).toEqual([
      ['the BBC', 'he could not verify the reported admission'],
      ['the BBC', 'Labour would consider the question "as a party"'],
      ['the New York Times', 'Trump would lose the state'],
    ]);
    const names = entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['BBC', 'Labour', 'New York Times', 'Trump']));
    expect(names).not.toContain('BBC Labour');
    expect(names).not.toContain('New York Times Trump');
  });
});

describe('citations: a name given', () => {
  it('is no statement: “a group called …”, “a book called …”', () => {
    const text =
      'Fans have formed a group called "Coalition Against the Owner" to protest. She wrote a book called "The Long Road Home" in 2010.';
    expect(sourcesOf(text).citations).toEqual([]);
  });
});

describe('citations: two people named with their titles', () => {
  it('describes the speaker by the title before the name, not by the other person', () => {
    const { citations } = sourcesOf(
      'In 2014, US President Barack Obama and President Raul Castro announced moves to normalise relations.',
    );
    expect(citations.map((c) => [c.source, c.description])).toEqual([['Raul Castro', 'President']]);
  });
});

describe('citations: BBC copy', () => {
  it('cites no one for a verdict: “was found guilty”', () => {
    const text =
      'Nicholas Chandler, 29, was also found guilty of murder and jailed for life. An inquiry found the police had failed.';
    expect(sourcesOf(text).citations.map((c) => c.source)).toEqual(['An inquiry']);
  });

  it('takes the speaker, not the county of the town the speaker is from', async () => {
    const { sources } = await analyzeText(
      'Mrs Hampton, from Berkhamsted, Hertfordshire, admitted she was "very silly" not to have locked it.',
    );
    expect(sources.citations.map((c) => [c.source, c.kind])).toEqual([['Hampton', 'person']]);
  });

  it('cites an unnamed holder of a post, or one who acts for a person, as unnamed', () => {
    const text =
      'The head of the BfV said the suspect had behaved inconspicuously. A lawyer for Williams said it was an unfortunate accident.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['the head of the BfV', 'anonymous'],
      ['A lawyer for Williams', 'anonymous'],
    ]);
  });
});

describe('citations: a share of a people, people of a place', () => {
  it('cites “6 in 10 Americans”, “police in Leeds”, not a number of them or the place', () => {
    const text = [
      'Nearly 6 in 10 Americans say businesses should serve everyone.',
      'About two in three voters said they would vote in May.',
      'Police in Leeds said the man was arrested on Friday.',
      'Officials in London said the plan was good.',
      'Many businesses in Northern Ireland say there has been no impact on their sales.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Nearly 6 in 10 Americans', 'anonymous'],
      ['About two in three voters', 'anonymous'],
      ['Police in Leeds', 'organization'],
      ['Officials in London', 'anonymous'],
      ['Many businesses in Northern Ireland', 'anonymous'],
    ]);
  });
});

describe('citations: Daily Mail copy', () => {
  it('reads “a police report” as a document, not police who report', () => {
    const text =
      'A police report said the man fled the scene. You should file a police report right away with your bank.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind, c.verb])).toEqual([
      ['A police report', 'document', 'said'],
    ]);
  });

  it('takes the speaker before the town and county they are from, and the appositive after', () => {
    const { citations } = sourcesOf(
      'A friend from Camberley, Surrey, who has known her since childhood, told the paper the family had not heard until March.',
    );
    expect(citations.map((c) => [c.source, c.kind])).toEqual([['A friend', 'anonymous']]);
  });

  it('takes people of a town before its state for the speakers', () => {
    const { citations } = sourcesOf('Firefighters in Boise, Idaho, thought they were chasing human voices.');
    expect(citations.map((c) => [c.source, c.kind])).toEqual([['Firefighters in Boise', 'anonymous']]);
  });

  it('knows a company of the entity lists for an organization, with no entity found for it', () => {
    const { citations } = sourcesOf('The Royal Mail confirmed a safety assessment had been carried out.');
    expect(citations.map((c) => [c.source, c.kind])).toEqual([['The Royal Mail', 'organization']]);
  });

  it('reads a common noun opening a sentence as a body or a document, not a person', () => {
    const text =
      'Unions insist the collapse did as much damage as the policy. Experiments revealed exposure was lowering brain activity.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Unions', 'organization'],
      ['Experiments', 'document'],
    ]);
  });

  it('knows the MoD for the defence ministry', async () => {
    const { sources } = await analyzeText('The MoD said the land at two barracks would not be sold.');
    expect(sources.citations.map((c) => [c.source, c.kind])).toEqual([['MoD', 'organization']]);
  });

  it('knows a sports broadcaster for a news outlet', () => {
    const { citations } = sourcesOf('Sky Sports revealed that the player was taken off with a possible concussion.');
    expect(citations.map((c) => [c.source, c.kind])).toEqual([['Sky Sports', 'outlet']]);
  });
});

describe('citations: verbs of speech that say nothing here', () => {
  it('cites no one who finds themselves somewhere, writes a book, or a report that was being written', () => {
    const text = [
      'I found myself wondering whether the plan would work.',
      'City find themselves fourth in the table after a dismal run.',
      'The women have written a book about their ordeal.',
      'The Macpherson report was being compiled at the time.',
      'Water charges are one of the main sticking points.',
      'Now scientists believe they have found the triggers.',
      'The presenter found it difficult to cry on air.',
      'Southampton conceded fewer goals than anyone, and the Vikings, conceding 103 points, lost again.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.quote])).toEqual([
      ['scientists', 'they have found the triggers'],
    ]);
  });
});

describe('citations: unnamed people by who they act for or come from', () => {
  it('cites “Attorneys for the Brown family” and “An 18-year-old from Sierra Leone” whole', () => {
    const text =
      'Attorneys for the Brown family said in a statement that the lawsuit would be filed Thursday. An 18-year-old from Sierra Leone claimed the sergeant had attacked her.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.kind])).toEqual([
      ['Attorneys for the Brown family', 'anonymous'],
      ['An 18-year-old from Sierra Leone', 'anonymous'],
    ]);
  });
});

describe('citations: an office written in capitals', () => {
  it('refers back to its holder as it does in lowercase, and a prime minister is no other minister', async () => {
    const { sources } = await analyzeText(
      [
        'Prime Minister David Cameron visited the hospital on Monday.',
        'Jeremy Hunt, the Health Secretary, said the plan was good.',
        'The Health Secretary promised a crackdown on tax dodging.',
        'The Prime Minister said the deal was done.',
      ].join('\n\n'),
    );
    expect(sources.citations.map((c) => [c.source, c.quote])).toEqual([
      ['Jeremy Hunt', 'the plan was good'],
      ['Jeremy Hunt', 'a crackdown on tax dodging'],
      ['David Cameron', 'the deal was done'],
    ]);
  });

  it('stays an unnamed office holder when the text names no one in it', () => {
    const { citations } = sourcesOf(
      'Jeremy Hunt, the Health Secretary, said the plan was good. The Prime Minister said the deal was done.',
    );
    expect(citations.map((c) => [c.source, c.kind])).toEqual([
      ['Jeremy Hunt', 'person'],
      ['the Prime Minister', 'anonymous'],
    ]);
  });
});

describe('citations: a seat of government', () => {
  it('speaks as the government it houses, named as the entities name it', async () => {
    const { sources } = await analyzeText(
      'The White House said the president would sign the bill. Downing Street said the prime minister was confident.',
    );
    expect(sources.citations.map((c) => [c.source, c.kind, c.description])).toEqual([
      ['White House', 'organization', undefined],
      ['Downing Street', 'organization', undefined],
    ]);
  });
});

describe('citations: wire copy, first and last', () => {
  it('quotes no dateline as part of what was said', () => {
    const text =
      'WASHINGTON (AP) — A daily pill helped people lose nearly as much weight as injections, according to a study published Wednesday.';
    expect(sourcesOf(text).citations.map((c) => c.quote)).toEqual([
      'A daily pill helped people lose nearly as much weight as injections',
    ]);
  });

  it('gives a verb of speech joined to the predicate to the sentence’s subject', () => {
    const text =
      'Dr. Amy Rothberg, an obesity specialist at the University of Michigan who was not involved in the research, called the results “impressive” but cautioned that the study did not compare the pill with injections.';
    expect(sourcesOf(text).citations.map((c) => [c.source, c.verb, c.quote])).toEqual([
      ['Amy Rothberg', 'cautioned', 'the study did not compare the pill with injections'],
    ]);
  });
});

describe('citations: a few words quoted inside reported speech', () => {
  it('cites the clause they sit in, with its quotation marks, when its speaker says it', () => {
    const text = [
      'The company’s finance chief, Colette Kress, told analysts the impact would be “manageable” over time.',
      'Newcastle boss Eddie Howe said his side had been “too passive” in the first half.',
      '“We will appeal,” said Mayor Teresa Vance.',
    ].join('\n\n');
    expect(sourcesOf(text).citations.map((c) => [c.source, c.direct, c.quote])).toEqual([
      ['Colette Kress', false, 'the impact would be “manageable” over time'],
      ['Eddie Howe', false, 'his side had been “too passive” in the first half'],
      ['Teresa Vance', true, 'We will appeal'],
    ]);
  });

  it('keeps the quoted words when the clause yields no citation of the same speaker', () => {
    const text =
      'You’ll find great support through the alumni, part of what students lovingly call their “Trojan family.”';
    const quotes = sourcesOf(text).citations.map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith('great support'))).toBe(false);
  });
});
