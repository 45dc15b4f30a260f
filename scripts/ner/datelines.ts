/**
 * Synthetic newswire datelines for training ("KABUL, Afghanistan (AP) — ...", "LONDON 1996-08-30"). The
 * corpora have none, yet nearly every wire story opens with one; a few labelled examples teach the tagger
 * that an all-capitals word before a comma and a country is a place and the parenthesized agency an
 * organization. Places come from countries-list (capital, country), agencies from a short list.
 */
import { createRequire } from 'node:module';
import { tokenize } from '../../core/entities/tokenize';
import type { Sentence } from './iob2';

const require = createRequire(import.meta.url);
const AGENCIES = ['AP', 'Reuters', 'AFP', 'UPI', 'Bloomberg', 'dpa', 'Xinhua', 'CNN'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const words = (s: string): string[] => tokenize(s).map((t) => t.text);
const tags = (n: number, type: string): string[] =>
  Array.from({ length: n }, (_, i) => (i === 0 ? `B-${type}` : `I-${type}`));

export function datelineMaker(random: () => number): (sentence: Sentence) => Sentence {
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  const places = Object.values(countries)
    .filter((c) => c.capital && !c.capital.includes(','))
    .map((c) => ({ city: c.capital, country: c.name }));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  return (sentence) => {
    const place = pick(places);
    const city = words(place.city.toUpperCase());
    const out: Sentence = { words: [...city], tags: tags(city.length, 'LOC') };
    const style = random();
    if (style < 0.3) {
      // CoNLL style: "LONDON 1996-08-30" on its own line.
      const date = `${1990 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      return { words: [...out.words, date], tags: [...out.tags, 'O'] };
    }
    if (random() < 0.5) {
      const country = words(place.country);
      out.words.push(',', ...country);
      out.tags.push('O', ...tags(country.length, 'LOC'));
    }
    if (style < 0.8) {
      out.words.push('(', pick(AGENCIES), ')');
      out.tags.push('O', 'B-ORG', 'O');
    } else {
      out.words.push(',', pick(MONTHS), String(1 + Math.floor(random() * 28)));
      out.tags.push('O', 'O', 'O');
    }
    out.words.push(random() < 0.5 ? '—' : '-');
    out.tags.push('O');
    return { words: [...out.words, ...sentence.words], tags: [...out.tags, ...sentence.tags] };
  };
}
