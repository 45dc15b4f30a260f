import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analyze';

describe('a news outlet the tagger read as a person', () => {
  it('is an organization, by the outlet list the sources stage keeps, and no speaker for "the owner"', async () => {
    const text = [
      'The news was first reported by Axios.',
      '“We are not going anywhere,” the team’s owner told ESPN in an interview.',
    ].join('\n\n');
    const analysis = await analyzeText(text);
    expect(analysis.entities.find((e) => e.name === 'Axios')?.type).toBe('organization');
    expect(analysis.sources.citations.map((c) => c.source)).not.toContain('Axios');
  });

  it('stays a person when the name is also a given name', async () => {
    const analysis = await analyzeText('Dawn Smith runs the shop. “It was busy,” Dawn said.');
    expect(analysis.entities.find((e) => e.name.startsWith('Dawn'))?.type).toBe('person');
  });
});
