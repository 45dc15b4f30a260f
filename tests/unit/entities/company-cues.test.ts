import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../../../core/entities/assemble';
import { addCompanyCueMentions } from '../../../core/entities/company-cues';
import { tokenize } from '../../../core/entities/tokenize';

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
