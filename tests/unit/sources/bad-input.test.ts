import { describe, expect, it } from 'vitest';
import { linkOn, sourcesOf } from './helpers';

describe('bad and unusual input', () => {
  it('empty text: no citations, a glance that says so', () => {
    const s = sourcesOf('');
    expect(s.citations).toEqual([]);
    expect(s.unattributed).toEqual([]);
    expect(s.glance).toMatch(/no named or quoted sources/);
  });

  it('unbalanced quote: attributed inside, does not run into the next paragraph', () => {
    const text =
      '“He is not for sale, full stop, said club chairman Neil Forde on Thursday.\n\nThe club was founded in 1901.';
    const cs = sourcesOf(text).citations;
    expect(cs).toHaveLength(1);
    expect(cs[0]?.source).toBe('Neil Forde');
    expect(cs[0]?.quote).toBe('He is not for sale, full stop');
    expect(cs[0]?.end).toBeLessThanOrEqual(text.indexOf('\n\n'));
  });

  it('nested quotes stay inside the outer citation', () => {
    const text = '“When I asked him, he told me ‘never again,’ and I believed him,” said Maria Costa.';
    const cs = sourcesOf(text).citations;
    expect(cs).toHaveLength(1);
    expect(cs[0]?.quote).toContain('‘never again,’');
  });

  it('a quote across paragraphs goes to the speaker named in its last part', () => {
    const text =
      '“The first thing you notice is the silence.\n\n“Then the birds come back,” said the ranger, Ellen Moss.';
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => c.source)).toEqual(['Ellen Moss', 'Ellen Moss']);
  });

  it('a page of nothing but quotes: no invented speakers', () => {
    const text = '“Yes.”\n\n“No!”\n\n“Maybe tomorrow, maybe never, who can say.”\n\n“Stop.”';
    expect(sourcesOf(text).citations).toEqual([]);
  });

  it('an interview transcript: answers go to the interviewee, questions are not citations', () => {
    const text =
      'We spoke with Omar Said about his new film.\n\nQ: Why this story?\n\nSaid: Because nobody else would tell it.\n\nQ: And next?\n\nSaid: A comedy, finally.';
    const cs = sourcesOf(text).citations;
    expect(cs.map((c) => c.quote)).toEqual(['Because nobody else would tell it.', 'A comedy, finally.']);
    expect(cs.every((c) => c.source === 'Omar Said' && c.direct)).toBe(true);
  });

  it('a buying guide’s repeated labels are no interview', () => {
    const text = [
      'Smart home hubs tie your lights, locks and thermostat together.',
      'Compatibility: Smart home hubs are controlled with a screen, an app or a voice assistant.',
      'Price: The cheapest hub we tested costs about $60 and the dearest about $250.',
      'Compatibility: Some devices need a sub-network such as Thread to talk to the hub.',
      'Price: Expect to pay more for a hub with a screen built in.',
    ].join('\n\n');
    expect(sourcesOf(text).citations).toEqual([]);
  });

  it('javascript: and data: links are never returned', () => {
    const text = 'Read the report and the data and the site.';
    const links = [
      linkOn(text, 'report', 'javascript:alert(1)'),
      linkOn(text, 'data', 'data:text/html;base64,PHNjcmlwdD4='),
      linkOn(text, 'site', ' JaVaScRiPt:void(0)'),
    ];
    expect(sourcesOf(text, { links }).links).toEqual([]);
  });

  it('very long text stays fast', () => {
    const para = '“We will keep going,” the spokesperson said. Turnout was reportedly high, officials said.';
    const text = Array.from({ length: 400 }, () => para).join('\n\n');
    const t = performance.now();
    const s = sourcesOf(text);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(s.citations.length).toBeGreaterThanOrEqual(400);
  });
});
