import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../core/entities/index';
import { tokenize } from '../../../core/entities/tokenize';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Entity } from '../../../core/types';

const run = (text: string): Promise<Entity[]> =>
  recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });

/** Every mention is a span of the text, inside it, and salience is in 0..1, sorted. */
/** Milliseconds to read a small text (after a warm-up run) and a large one, and what the large one gave. */
async function timesOf(
  small: string,
  large: string,
): Promise<{ smallMs: number; largeMs: number; entities: Entity[] }> {
  await run(small);
  let t = performance.now();
  await run(small);
  const smallMs = performance.now() - t;
  t = performance.now();
  const entities = await run(large);
  return { smallMs, largeMs: performance.now() - t, entities };
}

function expectWellFormed(text: string, entities: Entity[]): void {
  let last = 1;
  for (const e of entities) {
    expect(e.name.length).toBeGreaterThan(0);
    expect(['person', 'organization', 'place', 'other']).toContain(e.type);
    expect(e.salience).toBeGreaterThanOrEqual(0);
    expect(e.salience).toBeLessThanOrEqual(last);
    last = e.salience;
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

const NEWS = 'Prime Minister Nawaz Sharif met Chinese officials in Beijing on Friday, the Foreign Office said.';

describe('tokenizer', () => {
  it('splits punctuation, possessives and hyphens but keeps abbreviations whole', () => {
    const text = '“Pakistan’s army,” said Al-Bagdadi of the U.S. (Reuters).';
    const tokens = tokenize(text).map((t) => t.text);
    expect(tokens).toEqual([
      '“',
      'Pakistan',
      '’s',
      'army',
      ',',
      '”',
      'said',
      'Al',
      '-',
      'Bagdadi',
      'of',
      'the',
      'U.S.',
      '(',
      'Reuters',
      ')',
      '.',
    ]);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a possessive written apart whole, as text of tokens joined by spaces has it', () => {
    const text = "Rabobank 's economist quoted 'sources' and Germany ’s bank.";
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'Rabobank',
      "'s",
      'economist',
      'quoted',
      "'",
      'sources',
      "'",
      'and',
      'Germany',
      '’s',
      'bank',
      '.',
    ]);
  });
});

describe('recognizer robustness', () => {
  it('returns no entities for text without capitals', async () => {
    expect(await run(NEWS.toLowerCase())).toEqual([]);
    expect(await run('')).toEqual([]);
  });

  it('handles all-capital text without throwing', async () => {
    const text = NEWS.toUpperCase();
    expectWellFormed(text, await run(text));
  });

  it('handles tokens thousands of characters long', async () => {
    const text = `Officials in Lahore said ${'A'.repeat(5000)} and ${'x9'.repeat(3000)}-${'Q'.repeat(4000)} were seen. ${NEWS}`;
    const entities = await run(text);
    expectWellFormed(text, entities);
    expect(entities.every((e) => e.name.length <= 200)).toBe(true);
  });

  it('handles emoji and mixed scripts', async () => {
    const text = `🚀🔥 ${NEWS} 北京 وزیر اعظم Москва 👍🏽 Zürich and São Paulo, 𝒜𝓁𝒾 said.\n\nКремль said ☃ nothing.`;
    const entities = await run(text);
    expectWellFormed(text, entities);
    expect(entities.some((e) => e.name === 'Beijing')).toBe(true);
  });

  it('keeps offsets inside the text for arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'Pakistan',
              'ISIS',
              'The',
              'said',
              'Soufan Group',
              '(WHO)',
              'U.S.',
              'Al-Bagdadi',
              '’s',
              '\n',
              '\n\n',
              '.',
              ' ',
            ),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 60 },
        ),
        async (parts) => {
          const text = parts.join(' ');
          expectWellFormed(text, await run(text));
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('reads a text that defines a name with its abbreviation in every sentence in time linear in the length', async () => {
    // Each definition once looked at every mention of the text: 80,000 words took seconds, not one.
    const sentence = 'The Israel Defense Forces (IDF) said IDF troops moved.';
    const build = (n: number) => Array.from({ length: Math.ceil(n / 9) }, () => sentence).join(' ');
    const large = build(80_000);
    const { smallMs, largeMs, entities } = await timesOf(build(20_000), large);
    expectWellFormed(large, entities);
    expect(entities[0]?.mentions.length).toBeGreaterThan(20_000);
    // Four times the text: allow for noise on a shared machine, but not quadratic growth (16x).
    expect(largeMs).toBeLessThan(Math.max(8 * smallMs, 1000));
  }, 120_000);

  it('reads 100,000 words in time linear in the length', async () => {
    const sentence = `${NEWS} The Islamic State and ISIS fighters left Quetta, according to The New York Times.`;
    const words = sentence.split(' ').length;
    const build = (n: number) => Array.from({ length: Math.ceil(n / words) }, () => sentence).join(' ');
    const large = build(100_000);
    const { smallMs, largeMs, entities } = await timesOf(build(10_000), large);
    expectWellFormed(large, entities);
    expect(entities.length).toBeGreaterThan(0);
    // Ten times the text: allow for noise on a shared machine, but not quadratic growth (100x).
    expect(largeMs).toBeLessThan(Math.max(30 * smallMs, 1000));
    expect(largeMs).toBeLessThan(20_000);
  });
});
