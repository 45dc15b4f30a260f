import cred1 from '../../assets/publishers/cred1.json';
import outlets from '../../assets/publishers/outlets.json';
import perennial from '../../assets/publishers/perennial.json';
import type { PublisherRating, SourceKind } from '../types';
import { domainCandidates } from './domain';
import { KNOWN_OUTLETS } from './known-outlets';

/** What the bundled database knows about one outlet. Built by scripts/build-publishers.ts + known-outlets.ts. */
export interface OutletRecord {
  name: string;
  domains: string[];
  kind: SourceKind | null;
  country?: string;
  owner?: string;
  republishedFreely?: boolean;
  ratings: PublisherRating[];
}

const CRED_CATEGORY: Record<string, string> = {
  f: 'fake news',
  c: 'conspiracy',
  u: 'unreliable',
  r: 'rumor mill',
  s: 'satire',
  m: 'mixed',
  R: 'reliable',
};
const CRED_URL = 'https://github.com/aloth/cred-1';
const WIKI = 'https://en.wikipedia.org/wiki/';
const PERENNIAL_URL = `${WIKI}Wikipedia:Reliable_sources/Perennial_sources`;

/** Lower-case, no leading "the", no punctuation: "The New York Times" and "New York Times" meet. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const byDomain = new Map<string, OutletRecord>();
const byName = new Map<string, OutletRecord>();
let built = false;

function addName(name: string, record: OutletRecord): void {
  const key = nameKey(name);
  if (key && !byName.has(key)) byName.set(key, record);
}

/** Perennial-sources rows by domain, built once on first use. */
let perennialByDomain: Map<string, [string, string[], string[], string][]> | null = null;

function ratingsFor(domains: string[]): PublisherRating[] {
  if (!perennialByDomain) {
    perennialByDomain = new Map();
    for (const row of perennial.sources as [string, string[], string[], string][])
      for (const d of row[2]) perennialByDomain.set(d, [...(perennialByDomain.get(d) ?? []), row]);
  }
  const out: PublisherRating[] = [];
  for (const d of domains) {
    for (const [, statuses, , path] of perennialByDomain.get(d) ?? [])
      for (const status of statuses)
        out.push({
          list: perennial.list,
          date: perennial.date,
          rating: status,
          url: path ? WIKI + path : PERENNIAL_URL,
          license: perennial.license,
        });
  }
  const credDomains = cred1.domains as Record<string, string>;
  for (const d of domains) {
    const code = credDomains[d];
    if (code)
      out.push({
        list: cred1.list,
        date: cred1.date,
        rating: CRED_CATEGORY[code] ?? code,
        url: CRED_URL,
        license: cred1.license,
      });
  }
  // The same list can rate two domains of one outlet identically: keep one of each.
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.list}|${r.rating}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Ratings are looked up when a record is first returned, not for every record at start-up. */
const rated = new WeakSet<OutletRecord>();
function withRatings(record: OutletRecord): OutletRecord {
  if (!rated.has(record)) {
    record.ratings = ratingsFor(record.domains);
    rated.add(record);
  }
  return record;
}

function build(): void {
  if (built) return;
  built = true;
  // Order sets precedence: hand-written facts, then fundus, perennial names, press associations.
  for (const o of KNOWN_OUTLETS) {
    const record: OutletRecord = { name: o.name, domains: o.domains, kind: o.kind, ratings: [] };
    if (o.country) record.country = o.country;
    if (o.owner) record.owner = o.owner;
    if (o.republishedFreely) record.republishedFreely = true;
    for (const d of o.domains) if (!byDomain.has(d)) byDomain.set(d, record);
    addName(o.name, record);
    for (const a of o.aliases ?? []) addName(a, record);
  }
  for (const [name, domain, country] of outlets.fundus as [string, string, string, string][]) {
    const existing = byDomain.get(domain);
    if (existing) {
      addName(name, existing);
      continue;
    }
    const record: OutletRecord = { name, domains: [domain], kind: null, ratings: [] };
    if (country) record.country = country === 'UK' ? 'GB' : country;
    byDomain.set(domain, record);
    addName(name, record);
  }
  for (const [name, , pdomains] of perennial.sources as [string, string[], string[], string][]) {
    const display = name.replace(/\s*\([^)]*\)\s*$/, '');
    const existing = pdomains.map((d) => byDomain.get(d)).find(Boolean);
    const record = existing ?? { name: display, domains: pdomains, kind: null, ratings: [] };
    for (const d of pdomains) if (!byDomain.has(d)) byDomain.set(d, record);
    addName(display, record);
    const abbrev = /\(([^)]+)\)\s*$/.exec(name)?.[1];
    if (abbrev && /^[A-Z0-9&.\- ]{2,12}$/.test(abbrev)) addName(abbrev, record);
  }
  for (const [domain, name] of Object.entries(outlets.pressAssociations as Record<string, string>)) {
    if (byDomain.has(domain)) continue;
    const record: OutletRecord = { name, domains: [domain], kind: 'other', country: 'US', ratings: [] };
    byDomain.set(domain, record);
  }
}

/** The outlet a host belongs to (most specific domain first), or null. */
export function outletByHost(host: string): OutletRecord | null {
  build();
  for (const d of domainCandidates(host)) {
    const hit = byDomain.get(d);
    if (hit) return withRatings(hit);
  }
  return null;
}

/** The outlet a name refers to ("the New York Times", "NYT", "Reuters"), or null. */
export function outletByName(name: string): OutletRecord | null {
  build();
  const key = nameKey(name);
  const hit = byName.get(key);
  if (hit) return withRatings(hit);
  const state =
    (outlets.usNewspapers as Record<string, string>)[name] ??
    (outlets.usNewspapers as Record<string, string>)[`The ${name}`];
  if (state !== undefined) return { name, domains: [], kind: 'newspaper', country: 'US', ratings: [] };
  return null;
}

/** List verdicts for a domain that has no outlet record (CRED-1 lists many small sites only by domain). */
export function ratingsForHost(host: string): PublisherRating[] {
  build();
  return ratingsFor(domainCandidates(host));
}
