import { describe, expect, it } from 'vitest';
import { withCitationAuthors } from '../../../core/entities/citation-authors';
import { tokenize } from '../../../core/entities/tokenize';
import { entitiesOfText } from '../support/entities';

const PLACES = new Set(['dresden', 'remscheid', 'stockholm', 'paris']);

/** The names `withCitationAuthors` reads as people in one sentence, given the tagger's spans (none by default). */
function authors(sentence: string, spans: { start: number; end: number; type: string }[] = []): string[] {
  const words = tokenize(sentence, 0, sentence.length).map((t) => t.text);
  return withCitationAuthors(words, spans, (name) => PLACES.has(name))
    .filter((s) => s.type === 'PER')
    .map((s) => words.slice(s.start, s.end).join(' '));
}

describe('authors cited with a year', () => {
  it('are people in a bracketed list, however many and however joined', () => {
    expect(authors('Training helps (Boot, Kramer, Simons, & Gratton, 2008; Klingberg et al., 2005a).')).toEqual([
      'Boot',
      'Kramer',
      'Simons',
      'Gratton',
      'Klingberg',
    ]);
    expect(authors('A standard (see Jasny, Chin, & Vignieri, 2011, p. 1225) holds.')).toEqual([
      'Jasny',
      'Chin',
      'Vignieri',
    ]);
    expect(authors('As shown (Faretta-Stutenberg & Morgan-Short, 2011; de Vries, 2010).')).toEqual([
      'Faretta - Stutenberg',
      'Morgan - Short',
      'de Vries',
    ]);
  });

  it('are people named before the year: a pair or "et al.", not one name, which may be a title', () => {
    expect(authors('The first chapter by Cruse & Croft (2004) begins with a summary.')).toEqual(['Cruse', 'Croft']);
    expect(authors('As Klingberg et al. (2005) found, it helps.')).toEqual(['Klingberg']);
    // "Leap Year (2010)", "Pride and Prejudice (2005)": a film, unless the tagger read a name as a person's.
    expect(authors('She starred in Leap Year (2010) and in Pride and Prejudice (2005).')).toEqual([]);
    expect(authors('A study by Vogel and Black (2024) agrees.', [{ start: 3, end: 4, type: 'PER' }])).toEqual([
      'Vogel',
      'Black',
    ]);
  });

  it('leave months, bodies, companies and venues with their towns alone', () => {
    expect(authors('Sales fell (Dec 2023 to Dec 2024), as they had (January, 2015).')).toEqual([]);
    expect(authors('Studies agree (Open Science Collaboration, 2015; Scientific Reports, 2024).')).toEqual([]);
    expect(authors('Shown at (Albertinum, Dresden, and Haus Cleff, Remscheid, 2025).')).toEqual([]);
    expect(authors('A report (Pew, 2019) says so.', [{ start: 3, end: 4, type: 'ORG' }])).toEqual([]);
    expect(authors('Prices rose (Google, 2019).')).toEqual([]);
  });
});

describe('an article citing research', () => {
  it('lists the cited authors as people, not places', async () => {
    // Surnames that are also towns' names, which the tagger alone reads as places.
    const text = [
      'Playing action video games improves attention (Preston, Lancaster, & Bolton, 2019).',
      'Earlier work found the same for memory (Wexford & Kendal, 2012; Harlow et al., 2016).',
    ].join('\n\n');
    const entities = await entitiesOfText(text);
    const types = new Map(entities.map((e) => [e.name, e.type]));
    for (const name of ['Preston', 'Lancaster', 'Bolton', 'Wexford', 'Kendal', 'Harlow'])
      expect(types.get(name), name).toBe('person');
  });
});
