import { describe, expect, it } from 'vitest';
import { withoutDatedWorks } from '../../../core/entities/dated-works';
import { tokenize } from '../../../core/entities/tokenize';

/** What stays of the given spans (by their words) in one sentence. */
function kept(sentence: string, names: string[]): string[] {
  const words = tokenize(sentence, 0, sentence.length).map((t) => t.text);
  const spans = names.map((name) => {
    const parts = tokenize(name, 0, name.length).map((t) => t.text);
    const start = words.findIndex((_, i) => parts.every((p, k) => words[i + k] === p));
    return { start, end: start + parts.length, type: 'PER' };
  });
  return withoutDatedWorks(words, spans).map((s) => words.slice(s.start, s.end).join(' '));
}

describe('a title with its year', () => {
  it('is no entity in a sentence about films or albums', () => {
    expect(
      kept('His film roles include A Single Man (2009), Stoker (2013) and Belle (2013), with Tom Ford.', [
        'Single Man',
        'Stoker',
        'Belle',
        'Tom Ford',
      ]),
    ).toEqual(['Tom Ford']);
    expect(kept('He starred in the romantic comedy Leap Year (2010).', ['Leap Year'])).toEqual([]);
  });

  it('stays a name elsewhere: an author cited with a year, a person with the years of an office', () => {
    expect(kept('As Senabre (1982) showed, enjambment is a single device.', ['Senabre'])).toEqual(['Senabre']);
    expect(kept('Clinton (1993) signed the book deal later.', ['Clinton'])).toEqual(['Clinton']);
  });
});
