import type { Citation, Label, Publisher, UnattributedClaim } from '../types';

/** What the one-line overview of the sources says, before it is put in words (English here, the reader's language in the popup). */
export interface GlanceFacts {
  /** Distinct sources cited. */
  sources: number;
  /** Sources of each kind, in a fixed order, with how many direct quotes they gave. */
  kinds: { kind: Citation['kind']; count: number; quotes: number }[];
  /** Claims made without attribution. */
  claims: number;
  labels: Label[];
  /** The publisher is named only by the page, not in Lede's bundled lists. */
  unlisted: boolean;
}

const ORDER: Citation['kind'][] = ['person', 'organization', 'outlet', 'document', 'anonymous', 'other'];

export function glanceFacts(
  citations: Citation[],
  unattributed: UnattributedClaim[],
  labels: Label[],
  publisher: Publisher | null,
): GlanceFacts {
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) bySource.set(c.source.toLowerCase(), [...(bySource.get(c.source.toLowerCase()) ?? []), c]);
  const kinds: GlanceFacts['kinds'] = [];
  for (const kind of ORDER) {
    const groups = [...bySource.values()].filter((g) => g[0]?.kind === kind);
    if (!groups.length) continue;
    const quotes = groups.reduce((n, g) => n + g.filter((c) => c.direct).length, 0);
    kinds.push({ kind, count: groups.length, quotes });
  }
  return {
    sources: bySource.size,
    kinds,
    claims: unattributed.length,
    labels,
    unlisted: !!publisher && publisher.ratings.length === 0 && !publisher.from.includes('database'),
  };
}

const KIND_WORDS: Record<Citation['kind'], [string, string]> = {
  person: ['person', 'people'],
  organization: ['organization', 'organizations'],
  outlet: ['news outlet', 'news outlets'],
  document: ['document', 'documents'],
  anonymous: ['anonymous source', 'anonymous sources'],
  other: ['other source', 'other sources'],
};
const LABEL_WORDS: Record<Label['label'], string> = {
  newswire: 'Newswire piece',
  syndicated: 'Republished from another outlet',
  opinion: 'Opinion',
  analysis: 'Analysis',
  sponsored: 'Sponsored content',
  'press-release': 'Press release',
  correction: 'Corrected',
  'editors-note': "Has an editor's note",
  'live-blog': 'Live blog',
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line: "Cites 3 sources: 1 organization (3 quotes), 1 news outlet, 1 anonymous source. 2 claims without attribution. Newswire piece." */
export function glanceLine(facts: GlanceFacts): string {
  const parts = facts.kinds.map(({ kind, count, quotes }) => {
    const [one, many] = KIND_WORDS[kind];
    return `${plural(count, one, many)}${quotes ? ` (${plural(quotes, 'quote', 'quotes')})` : ''}`;
  });
  const sentences: string[] = [];
  sentences.push(
    facts.sources
      ? `Cites ${plural(facts.sources, 'source', 'sources')}: ${parts.join(', ')}.`
      : 'Cites no named or quoted sources.',
  );
  if (facts.claims) sentences.push(`${plural(facts.claims, 'claim', 'claims')} without attribution.`);
  for (const l of facts.labels)
    sentences.push(`${LABEL_WORDS[l.label]}${l.by && l.label !== 'opinion' ? ` (${l.by})` : ''}.`);
  if (facts.unlisted) sentences.push('Publisher not in the bundled lists.');
  return sentences.join(' ');
}
