/**
 * Builds the bundled publisher database from the open lists in shared/data/publishers/ into compact JSON
 * assets under assets/publishers/. Reproducible: same input, byte-identical output (sorted keys, no dates).
 *
 *   npm run build:publishers [-- --data /path/to/shared/data/publishers]
 *
 * What is taken from each list (see docs/credits/publishers.md for the licenses):
 * - CRED-1 (CC BY 4.0): domain -> category only. The MBFC-derived fields (iffy_*) and the composite score,
 *   which blends them in, are left out on purpose.
 * - Wikipedia perennial sources (CC BY-SA 3.0, 2021-03-17 snapshot): name, status list, domains and article
 *   path from perennial-sources.factual.tsv; no prose. Written to its own file, which stays CC BY-SA.
 * - fundus (MIT): outlet name, domains, country group, languages.
 * - hearvox/wiki-media-cred (CC0): US newspaper names with their state (name-only matching), and US state
 *   press associations with their domains.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const dataDir = resolve((dataArg >= 0 ? args[dataArg + 1] : undefined) ?? '/work/shared/data/publishers');
const outDir = resolve(import.meta.dirname, '..', 'assets', 'publishers');

/**
 * Rows of a delimited file as objects keyed by the header. Splitting on the bare separator is enough here:
 * the TSVs have no quoting, and CRED-1's CSV has no quoted commas in the columns read (domain, category).
 */
function table(path: string, separator: '\t' | ','): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(separator);
  return lines.map((line) => {
    const cells = line.split(separator);
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}
const tsv = (path: string) => table(path, '\t');
const csv = (path: string) => table(path, ',');

function normalizeDomain(d: string): string {
  return d
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

const sortObject = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function write(name: string, value: unknown): number {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(join(outDir, name), text);
  return text.length;
}

// CRED-1: one-letter category codes keep the file small; the decoder lives in core/sources/publisher-db.ts.
const CRED_CODES: Record<string, string> = {
  fake: 'f',
  conspiracy: 'c',
  unreliable: 'u',
  rumor: 'r',
  satire: 's',
  mixed: 'm',
  reliable: 'R',
};
const cred: Record<string, string> = {};
for (const row of csv(join(dataDir, 'cred1', 'cred1_current.csv'))) {
  const domain = normalizeDomain(row.domain ?? '');
  const code = CRED_CODES[row.category ?? ''];
  if (!domain || !code) continue;
  cred[domain] = code;
}

// Perennial sources: [name, statuses, domains, wiki path].
const perennial: [string, string[], string[], string][] = [];
for (const row of tsv(join(dataDir, 'perennial', 'perennial-sources.factual.tsv'))) {
  const statuses = (row.status ?? '')
    .split('|')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^(generally reliable|generally unreliable|no consensus|deprecated|blacklisted)$/.test(s));
  const domains = (row.domains ?? '').split(/\s+/).map(normalizeDomain).filter(Boolean);
  if (!row.name || statuses.length === 0) continue;
  const path = (row.wiki_url ?? '').replace(/^https?:\/\/en\.wikipedia\.org\/wiki\//, '');
  perennial.push([row.name, statuses, [...new Set(domains)].sort(), path]);
}
perennial.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

// fundus: [name, domain, country group, languages].
const fundus: [string, string, string, string][] = [];
for (const row of tsv(join(dataDir, 'fundus', 'fundus_publishers.tsv'))) {
  const domain = normalizeDomain(row.domain ?? '');
  if (!row.name || !domain) continue;
  fundus.push([row.name, domain, row.country ?? '', row.languages ?? '']);
}
fundus.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

// Wikidata/Wikipedia US newspapers: name -> state (only those with a Wikidata item, the better-known ones).
const usPapers: Record<string, string> = {};
for (const row of tsv(join(dataDir, 'wiki-media-cred', 'wikipedia-us-newspapers.tsv'))) {
  const name = (row['WP-title'] ?? '').replace(/\s*\((?:newspaper|[^)]*newspaper[^)]*)\)\s*$/i, '').trim();
  if (!name || !row.qid) continue;
  usPapers[name] ??= row.state ?? '';
}

// US state press associations: domain -> name.
const pressAssoc: Record<string, string> = {};
for (const row of tsv(join(dataDir, 'wiki-media-cred', 'wd-press-assoc.tsv'))) {
  const domain = normalizeDomain(row.domain ?? '');
  if (domain && row['press-assoc']) pressAssoc[domain] = row['press-assoc'];
}

const sizes = {
  'cred1.json': write('cred1.json', {
    list: 'CRED-1',
    date: '2026-08',
    license: 'CC BY 4.0',
    domains: sortObject(cred),
  }),
  'perennial.json': write('perennial.json', {
    list: 'Wikipedia: Reliable sources/Perennial sources',
    date: '2021-03',
    license: 'CC BY-SA 3.0',
    sources: perennial,
  }),
  'outlets.json': write('outlets.json', {
    license: 'fundus: MIT; wiki-media-cred: CC0',
    fundus,
    usNewspapers: sortObject(usPapers),
    pressAssociations: sortObject(pressAssoc),
  }),
};
for (const [file, size] of Object.entries(sizes)) console.log(`${file}\t${size} bytes`);
console.log(
  `cred1 ${Object.keys(cred).length} domains; perennial ${perennial.length} sources; fundus ${fundus.length}; ` +
    `US newspapers ${Object.keys(usPapers).length}; press associations ${Object.keys(pressAssoc).length}`,
);
