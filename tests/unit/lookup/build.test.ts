import { describe, expect, it } from 'vitest';
import { buildLookup, matchEntity } from '../../../core/lookup/build';
import { MAX_OCCURRENCES } from '../../../core/lookup/occurrences';
import { MAX_QUERY_LENGTH, normalizeQuery } from '../../../core/lookup/query';
import { analysisOf, entityOf, STORY, storyAnalysis } from './helpers';

describe('buildLookup: what the article says about a selection', () => {
  const analysis = storyAnalysis();

  it('names the entity, the name it is merged under, the description and every occurrence', () => {
    const result = buildLookup(analysis, { text: 'Soufan Group' });
    expect(result.entity).toEqual({ name: 'The Soufan Group', type: 'organization', aliases: ['Soufan Group'] });
    expect(result.descriptions[0]).toBe('U.S. security advisory firm');
    expect(result.occurrences.map((o) => o.text)).toEqual(['The Soufan Group', 'the Soufan Group']);
    for (const occurrence of result.occurrences) {
      expect(STORY.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
      expect(occurrence.sentence).toContain(occurrence.text);
    }
    expect(result.occurrences[1]?.sentence).toBe('The region is ripe for ISIS, the Soufan Group highlights.');
    expect(result.context).not.toContain('The Soufan Group');
    expect(result.context).toContain('Islamic State');
  });

  it('follows aliases: "ISIS" finds the Islamic State and all its mentions', () => {
    const result = buildLookup(analysis, { text: 'ISIS' });
    expect(result.entity?.name).toBe('Islamic State');
    expect(result.occurrences.map((o) => o.text)).toEqual(['Islamic State', 'ISIS', 'ISIS', 'ISIS']);
    // Two mentions in one sentence: each occurrence points at its own place in it.
    const [, first, second] = result.occurrences;
    expect(first?.sentence).toBe(second?.sentence);
    expect(first?.at).toBe(0);
    expect(second?.sentence.slice(second.at, second.at + 4)).toBe('ISIS');
    expect(second?.at).toBeGreaterThan(0);
    expect(result.occurrences[0]?.text).toBe('Islamic State');
  });

  it('finds descriptions before the name and appositions after it', () => {
    expect(buildLookup(analysis, { text: 'Abu Bakr Al-Bagdadi' }).descriptions).toEqual(['ISIS leader']);
    expect(buildLookup(analysis, { text: 'Jane Roe' }).descriptions).toEqual(['a spokeswoman for the ministry']);
  });

  it('matches part of a name and a selection that contains a name', () => {
    expect(buildLookup(analysis, { text: 'Bagdadi' }).entity?.name).toBe('Abu Bakr Al-Bagdadi');
    expect(buildLookup(analysis, { text: 'ISIS leader Abu Bakr Al-Bagdadi' }).entity?.name).toBe('Islamic State');
    expect(matchEntity(analysis.entities, 'Soufan')?.name).toBe('The Soufan Group');
  });

  it('shows the publisher card when the selection names the outlet', () => {
    expect(buildLookup(analysis, { text: 'Daily Caller' }).publisher?.domain).toBe('dailycaller.com');
    expect(buildLookup(analysis, { text: 'dailycaller.com' }).publisher?.name).toBe('Daily Caller News Foundation');
    expect(buildLookup(analysis, { text: 'Pakistan' }).publisher).toBeNull();
  });

  it('looks up an ordinary word: occurrences only, whole words, any case', () => {
    const result = buildLookup(analysis, { text: 'attack' });
    expect(result.entity).toBeNull();
    expect(result.occurrences.map((o) => o.text)).toEqual(['attack', 'attack']);
    expect(buildLookup(analysis, { text: 'Attack' }).occurrences).toHaveLength(2);
    // "Pakistan" does not match inside a longer word, but its possessive counts.
    expect(buildLookup(analysis, { text: 'Pakistan' }).occurrences).toHaveLength(2);
  });

  it('a lowercase word the article uses as a common word is that word, not a name that contains it', () => {
    const text =
      'The halibut season opened on Monday. The International Pacific Halibut Commission sets the catch, and halibut prices rose.';
    const commission = entityOf(text, 'International Pacific Halibut Commission', 'organization');
    const fish = buildLookup(analysisOf(text, { entities: [commission] }), { text: 'halibut' });
    expect(fish.entity).toBeNull();
    expect(fish.occurrences).toHaveLength(3);
    // Typed in lowercase, a name the article only writes with capitals still finds its entity.
    expect(buildLookup(analysisOf(text, { entities: [commission] }), { text: 'pacific halibut' }).entity?.name).toBe(
      'International Pacific Halibut Commission',
    );
  });

  it('takes as a description only a role or a kind of body before the name, never a verb or an adjective', () => {
    const text =
      'Amazon bought Whole Foods in 2017. Skipper Wade Bassi likes the original Whole Foods. The grocery chain Whole Foods cut prices.';
    const descriptions = buildLookup(analysisOf(text), { text: 'Whole Foods' }).descriptions;
    expect(descriptions).toEqual(['grocery chain']);
  });

  it('gives an empty result for an empty or whitespace selection', () => {
    for (const text of ['', '   ', '\n\n\t']) {
      const result = buildLookup(analysis, { text });
      expect(result.query).toBe('');
      expect(result.entity).toBeNull();
      expect(result.occurrences).toEqual([]);
      expect(result.descriptions).toEqual([]);
    }
  });

  it('says nothing matched for a word the article does not contain', () => {
    const result = buildLookup(analysis, { text: 'zeppelin' });
    expect(result.query).toBe('zeppelin');
    expect(result.entity).toBeNull();
    expect(result.occurrences).toEqual([]);
    expect(result.moreOccurrences).toBe(0);
  });

  it('caps a 10,000-character selection at a word boundary and still answers quickly', () => {
    const huge = 'Soufan '.repeat(1_500).slice(0, 10_000);
    const started = performance.now();
    const result = buildLookup(analysis, { text: huge });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.truncated).toBe(true);
    expect(result.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.query.endsWith('Soufan')).toBe(true);
    expect(result.occurrences).toEqual([]);
  });

  it('matches a selection across paragraphs against the text with its paragraph break', () => {
    const text = 'pledged allegiance to ISIS leader Abu Bakr Al-Bagdadi after he announced a caliphate.\n\n“The attack';
    const selection = 'a caliphate.\n\n“The attack';
    expect(text).toContain(selection);
    const result = buildLookup(analysis, { text: selection });
    expect(result.query).toBe('a caliphate.\n\n“The attack'.replace(/\s+/g, ' '));
    expect(result.occurrences).toHaveLength(1);
    expect(STORY.slice(result.occurrences[0]?.start, result.occurrences[0]?.end)).toBe(selection);
  });

  it('counts occurrences past the list cap', () => {
    const text = Array.from({ length: MAX_OCCURRENCES + 7 }, (_, i) => `Sentence ${i} has a widget.`).join(' ');
    const result = buildLookup(analysisOf(text), { text: 'widget' });
    expect(result.occurrences).toHaveLength(MAX_OCCURRENCES);
    expect(result.moreOccurrences).toBe(7);
  });

  it('keeps a link lookup with its target, and ignores a non-web target', () => {
    const link = buildLookup(analysis, { text: 'The Soufan Group', linkUrl: 'https://soufangroup.com/x' });
    expect(link.link).toEqual({ text: 'The Soufan Group', url: 'https://soufangroup.com/x' });
    expect(buildLookup(analysis, { text: 'x', linkUrl: 'javascript:alert(1)' }).link).toBeNull();
  });

  it('reports the article language as a primary subtag', () => {
    expect(buildLookup(analysisOf('Hallo Welt.', { lang: 'de-AT' }), { text: 'Welt' }).lang).toBe('de');
    expect(buildLookup(analysisOf('Hello.', { lang: 'en_US' }), { text: 'Hello' }).lang).toBe('en');
    expect(buildLookup(analysisOf('Hello.', { lang: '../x' }), { text: 'Hello' }).lang).toBeNull();
  });
});

describe('normalizeQuery', () => {
  it('collapses whitespace and strips wrapping quotes and trailing punctuation', () => {
    expect(normalizeQuery('  “Soufan\n Group,”  ')).toEqual({ query: 'Soufan Group', truncated: false });
    expect(normalizeQuery('U.S.')).toEqual({ query: 'U.S', truncated: false });
  });
});
