import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../../../core/entities/assemble';
import { addCompanyCueMentions } from '../../../core/entities/company-cues';
import { entitiesWithModel, recognizeEntities } from '../../../core/entities/index';
import { loadModel } from '../../../core/entities/model';
import { tokenize } from '../../../core/entities/tokenize';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';

/** The organizations the cues add to a text where the tagger found nothing. */
const cued = (text: string): string[] =>
  addCompanyCueMentions(text, [], [tokenize(text)], new Uint8Array(text.length + 1)).map((m) => m.text);

/** Entities assembled from the tagger finding nothing: what the cues and their repeats give the reader. */
const assembled = (text: string, companyCues?: boolean) =>
  assembleEntities(text, [], [tokenize(text)], companyCues === undefined ? {} : { companyCues }).map(
    (c) => `${c.type} ${c.name} ${c.mentions.length}`,
  );

describe('business-news cues around a company the tagger does not know', () => {
  it('find the company that shares and stakes are held in', () => {
    expect(cued('Shares in BP fell 4% in London.')).toEqual(['BP']);
    expect(cued('The fund took a stake in Rivian last year.')).toEqual(['Rivian']);
    expect(cued('Rivian shares jumped 8% on Friday.')).toEqual(['Rivian']);
    // A hyphen inside the name keeps it whole.
    expect(cued('Shares in Rolls-Royce rose.')).toEqual(['Rolls-Royce']);
  });

  it('find the company that a chief executive or a board belongs to', () => {
    expect(cued('Aiman Ezzat, chief executive of Capgemini, spoke first.')).toEqual(['Capgemini']);
    expect(cued("TotalEnergies' board approved the dividend.")).toEqual(['TotalEnergies']);
    expect(cued("Mastercard's workforce is registered on its platform.")).toEqual(['Mastercard']);
  });

  it('take nothing where the words are no such cue', () => {
    // "shares" as a verb, a pronoun's board, "X and Y" that may be one company or two.
    expect(cued('Smith shares his story. Its board met.')).toEqual([]);
    expect(cued('It bought the shares of Infrastructure and Energy Alternatives.')).toEqual([]);
    expect(cued("The company's chief executive left.")).toEqual([]);
  });

  it('give the reader the company with its repeats, unless the name is also a word of the text', () => {
    const story = 'Shares of Rivian rose 5%. Rivian said it would cut jobs.';
    expect(assembled(story)).toEqual(['organization Rivian 2']);
    expect(assembled(story, false)).toEqual([]);
    const essay = 'Brad Schiller is the CEO of Prompt. Every essay prompt matters. Prompt: describe your home.';
    expect(assembled(essay).filter((e) => e.includes('Prompt'))).toEqual(['organization Prompt 1']);
  });
});

describe('an appositive that calls a name a company or a body', () => {
  it('finds the company or body where the tagger found nothing', () => {
    expect(cued('Epic Games, the maker of Fortnite, won the case.')).toEqual(['Epic Games']);
    expect(cued('Gavi, the vaccine alliance, pledged $10 million.')).toEqual(['Gavi']);
    expect(cued('Anthropic, the AI startup, raised money.')).toEqual(['Anthropic']);
  });

  it('retypes a person or a place the tagger saw, since no person is an automaker', () => {
    const text = 'Ford, the Detroit automaker, said sales fell.';
    const tagged = [{ text: 'Ford', start: 0, end: 4, type: 'PER' as const, unit: 0 }];
    const covered = new Uint8Array(text.length + 1).fill(1, 0, 4);
    const found = addCompanyCueMentions(text, tagged, [tokenize(text)], covered);
    expect(found.map((m) => `${m.text}:${m.type}`)).toEqual(['Ford:ORG']);
  });

  it('takes nothing from a sentence adverb, a role or a noun before another noun', () => {
    expect(cued('Additionally, the company said it would cut jobs.')).toEqual([]);
    expect(cued('However, the agency declined to comment.')).toEqual([]);
    expect(cued('Nigel Price, the founder and owner of Drip Coffee Makers, spoke.')).toEqual([]);
    expect(cued('Maria Lopez, a property developer, bought it.')).toEqual([]);
    expect(cued('Marie, a Japanese organization and decluttering consultant, spoke.')).toEqual([]);
    expect(cued('Tom Smith, the company spokesman, said so.')).toEqual([]);
  });
});

describe('analysts and economists at a firm', () => {
  it('make the firm, or both firms, organizations', () => {
    expect(cued('Analysts at Nomura and Mizuho Securities had expected a smaller cut.')).toEqual([
      'Nomura',
      'Mizuho Securities',
    ]);
    expect(cued('An economist at ING said so.')).toEqual(['ING']);
    expect(cued('Analysts at the time were wrong.')).toEqual([]);
  });

  it('outvote the tagger across the name’s mentions', () => {
    const text = 'Towers Watson is trusted. Towers Watson, a consulting firm, grew.';
    const tagged = [{ text: 'Towers Watson', start: 0, end: 13, type: 'PER' as const, unit: 0 }];
    const types = assembleEntities(text, tagged, [tokenize(text)], {}).map((c) => `${c.type} ${c.name}`);
    expect(types).toEqual(['organization Towers Watson']);
  });
});

describe('companies the tagger missed or ran into other words', () => {
  const entitiesOf = async (text: string) =>
    (await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) })).map((e) => [e.name, e.type]);

  it('are named by a trade word that ends only companies, and a finance ministry by its name', async () => {
    const text = [
      'Lufthansa said it would cut 1,000 jobs, while British Airways and KLM reported higher profits.',
      'General Motors cut prices on Monday.',
      'The Treasury said the deficit narrowed.',
    ].join('\n\n');
    const entities = await entitiesOf(text);
    for (const name of ['Lufthansa', 'British Airways', 'KLM', 'General Motors', 'Treasury'])
      expect(entities).toContainEqual([name, 'organization']);
  });

  it('do not take in what a sentence says of their stock', async () => {
    expect(await entitiesOf('Shares of British Airways fell 3 percent on Tuesday.')).toEqual([
      ['British Airways', 'organization'],
    ]);
  });
});

describe('a website, an app, a shop or a brand named by its kind', () => {
  const entitiesOf = async (text: string) =>
    (await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) })).map((e) => [e.name, e.type]);

  it('is an organization in every mention, though its name reads like a person’s', async () => {
    const text = [
      'The best film of 2025 has been revealed by the review-aggregation website Rotten Tomatoes.',
      'Today, Rotten Tomatoes is the go-to site for anyone seeking critical consensus.',
      'Rotten Tomatoes counts the critics. Rotten Tomatoes then scores the film, and Rotten Tomatoes says most readers trust it.',
      'Shoppers paid more for eggs this year, and the grocer Kroger said prices would fall.',
    ].join('\n\n');
    const entities = await entitiesOf(text);
    expect(entities).toContainEqual(['Rotten Tomatoes', 'organization']);
    expect(entities).toContainEqual(['Kroger', 'organization']);
    expect(entities.filter(([, type]) => type === 'person')).toEqual([]);
  });

  it('is not a plural or a word in capitals after the kind', () => {
    expect(cued('The platform APIs changed, and you can find this brand HERE.')).toEqual([]);
    expect(cued('She founded the dating app Hinge.')).toEqual(['Hinge']);
  });
});

describe('a one-word name with a capital inside', () => {
  it('is a brand, not a person; a family name’s prefix or a given name written so stays a person', async () => {
    const text = [
      'We partnered with SRLabs on the audit. SRLabs noted that the patch window is seven days.',
      'The review in PCWorld praised the laptop, and PCWorld said the battery lasted ten hours.',
      'LeBron James scored 30 points. MacKenzie Scott gave the money. DeShawn Hill said the team was ready.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    expect(typeOf('SRLabs')).toBe('organization');
    expect(typeOf('PCWorld')).toBe('organization');
    for (const person of ['LeBron James', 'MacKenzie Scott', 'DeShawn Hill'])
      expect(typeOf(person), person).toBe('person');
  });
});

describe('the publisher named in its own pages', () => {
  it('is an organization, where the tagger read a person', async () => {
    const text = [
      'At Klaviyo, we believe that every brand should own its customer data.',
      'Klaviyo promises a seven-day response to every support ticket, and Klaviyo said the promise had held all year.',
    ].join('\n\n');
    const entitiesFor = (publisher: string | null) =>
      entitiesWithModel(model, { text, title: '', publisher }, { sentences: splitSentences(text) }).map((e) => [
        e.name,
        e.type,
      ]);
    const model = await loadModel();
    expect(entitiesFor('Klaviyo')).toContainEqual(['Klaviyo', 'organization']);
    expect(entitiesFor('The Daily Ledger')).not.toContainEqual(['Klaviyo', 'organization']);
  });
});

describe('a company named in full by its trade, then by its first word', () => {
  it('is one organization, though the tagger read the full name as a place and the short one in capitals', async () => {
    const text = [
      'When HCA Healthcare, one of the largest hospital systems in the U.S., told employees it would stop covering the drugs, it pointed them elsewhere.',
      'In a notice viewed by STAT, HCA said use of the drugs surged 90% this year. HCA declined to comment.',
      'US Airways flew to the US.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const hca = entities.find((e) => e.name === 'HCA Healthcare');
    expect(hca?.type).toBe('organization');
    expect(hca?.mentions).toHaveLength(3);
    // A country in capitals is not the short name of a company that starts with it.
    expect(entities.find((e) => e.name === 'US Airways')?.mentions).toHaveLength(1);
  });
});

describe('a name ending in a firm’s last word', () => {
  it('is an organization where the tagger read a person', () => {
    const text = 'Mighty Networks grew fast. Mighty Networks hired staff, and ZeniMax Media said so.';
    const tagged = [
      { text: 'Mighty Networks', start: 0, end: 15, type: 'PER' as const, unit: 0 },
      { text: 'Mighty Networks', start: 27, end: 42, type: 'PER' as const, unit: 0 },
      { text: 'ZeniMax Media', start: 59, end: 72, type: 'PER' as const, unit: 0 },
    ];
    const types = assembleEntities(text, tagged, [tokenize(text)], {}).map((c) => `${c.type} ${c.name}`);
    expect(types).toEqual(['organization Mighty Networks', 'organization ZeniMax Media']);
  });
});
