/**
 * Ranks entities by how central they are: how often the article mentions them (demonyms such as
 * "Pakistani" count a little towards their country), how early, and whether the title or the lead
 * paragraph names them. Salience is the score relative to the top entity, so the first one is 1.
 */
import type { Entity } from '../types';
import type { Cluster } from './assemble';
import { lowerCase } from './letter-case';
import { DEMONYMS } from './lexicon';
import { normalizeKey } from './names';

export interface SalienceInput {
  text: string;
  title: string;
}

/** Lowercased word n-grams (n <= 6) of a short text, normalized like entity keys. */
function phraseKeys(text: string): Set<string> {
  const words = text.split(/[\s,;:!?"“”()[\]]+/).filter(Boolean);
  const keys = new Set<string>();
  for (let i = 0; i < words.length && i < 200; i++) {
    let phrase = '';
    for (let n = 0; n < 6 && i + n < words.length; n++) {
      phrase = n === 0 ? (words[i] as string) : `${phrase} ${words[i + n]}`;
      keys.add(normalizeKey(phrase.replace(/[.]$/, '')));
    }
  }
  return keys;
}

/** The country of a lowercased demonym, singular or plural ("Afghans"). */
function countryOfDemonym(word: string): string | undefined {
  return DEMONYMS.get(word) ?? (word.endsWith('s') ? DEMONYMS.get(word.slice(0, -1)) : undefined);
}

/** Demonym counts per country name key ("pakistani" x4 -> "pakistan": 4). */
function demonymCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?/gu)) {
    const words = lowerCase(match[0]);
    const space = words.indexOf(' ');
    // The two words ("south korean"), else the first ("Korean").
    const country =
      space < 0 ? countryOfDemonym(words) : (countryOfDemonym(words) ?? countryOfDemonym(words.slice(0, space)));
    if (country) {
      const key = normalizeKey(country);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export function rankEntities(clusters: readonly Cluster[], input: SalienceInput): Entity[] {
  const { text, title } = input;
  const length = Math.max(1, text.length);
  const paragraphEnd = text.indexOf('\n\n');
  const leadEnd = Math.max(paragraphEnd < 0 ? text.length : paragraphEnd, Math.min(text.length, 300));
  const titleKeys = phraseKeys(title);
  const titleDemonyms = demonymCounts(title);
  const bodyDemonyms = demonymCounts(text);
  const scored = clusters.map((c) => {
    let demonyms = 0;
    let titleDemonym = false;
    for (const k of c.keys) {
      demonyms += bodyDemonyms.get(k) ?? 0;
      if (titleDemonyms.has(k)) titleDemonym = true;
    }
    const inTitle = [...c.keys].some((k) => titleKeys.has(k));
    const first = c.mentions.reduce((min, m) => Math.min(min, m.start), length);
    const inLead = first < leadEnd;
    const score =
      Math.log2(1 + c.mentions.length + 0.5 * demonyms) +
      (inTitle ? 1 : titleDemonym ? 0.5 : 0) +
      (inLead ? 0.5 : 0) +
      0.5 * (1 - first / length);
    return { c, score, first };
  });
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  const top = scored[0]?.score ?? 1;
  return scored.map(({ c, score }) => ({
    name: c.name,
    type: c.type,
    aliases: c.aliases,
    salience: Math.round((1000 * score) / top) / 1000,
    mentions: c.mentions,
  }));
}
