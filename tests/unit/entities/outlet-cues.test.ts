import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analyze';
import { addCitedOutlets } from '../../../core/entities/outlet-cues';
import { tokenize } from '../../../core/entities/tokenize';

const OUTLETS = new Set(['Telegraph', 'Guardian', 'Times', 'Independent', 'Sun', 'Wired']);

/** The outlets found in a text that the tagger left without any mention. */
function outlets(text: string): string[] {
  const covered = new Uint8Array(text.length + 1);
  return addCitedOutlets(text, [], [tokenize(text)], covered, (name) => OUTLETS.has(name)).map((m) => m.text);
}

describe('an outlet the story cites', () => {
  it('is an organization after "told", "according to", "reported by", or before "reported"', () => {
    expect(outlets('Rishi Sunak told the Telegraph the backlog would be cleared.')).toEqual(['Telegraph']);
    expect(outlets('The plan will fail, according to The Independent.')).toEqual(['Independent']);
    expect(outlets('As reported by Wired, researchers found a flaw.')).toEqual(['Wired']);
    expect(outlets('The Guardian cited examples, and the Times reported a delay.')).toEqual(['Guardian', 'Times']);
  });

  it('is not a word of the list elsewhere: "the Sun rose", "Times Square", "the Guardian angel"', () => {
    expect(outlets('The Sun rose over Times Square as the Guardian angel statue was unveiled.')).toEqual([]);
  });

  it("is among the story's organizations in the analysis", async () => {
    const analysis = await analyzeText(
      'Asylum claims rose again. The minister told the Telegraph the backlog would be cleared.',
    );
    expect(analysis.entities.find((e) => e.mentions.some((m) => m.text === 'Telegraph'))?.type).toBe('organization');
  });
});
