import type { Citation, Label, Publisher, UnattributedClaim } from '../types';

const KIND_WORDS: Record<Citation['kind'], [string, string]> = {
  person: ['person', 'people'],
  organization: ['organization', 'organizations'],
  outlet: ['news outlet', 'news outlets'],
  document: ['document', 'documents'],
  anonymous: ['anonymous source', 'anonymous sources'],
  other: ['other source', 'other sources'],
};
const ORDER: Citation['kind'][] = ['person', 'organization', 'outlet', 'document', 'anonymous', 'other'];
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
export function glanceLine(
  citations: Citation[],
  unattributed: UnattributedClaim[],
  labels: Label[],
  publisher: Publisher | null,
): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) bySource.set(c.source.toLowerCase(), [...(bySource.get(c.source.toLowerCase()) ?? []), c]);
  const parts: string[] = [];
  for (const kind of ORDER) {
    const groups = [...bySource.values()].filter((g) => g[0]?.kind === kind);
    if (!groups.length) continue;
    const [one, many] = KIND_WORDS[kind];
    const quotes = groups.reduce((n, g) => n + g.filter((c) => c.direct).length, 0);
    parts.push(`${plural(groups.length, one, many)}${quotes ? ` (${plural(quotes, 'quote', 'quotes')})` : ''}`);
  }
  const sentences: string[] = [];
  sentences.push(
    bySource.size
      ? `Cites ${plural(bySource.size, 'source', 'sources')}: ${parts.join(', ')}.`
      : 'Cites no named or quoted sources.',
  );
  if (unattributed.length) sentences.push(`${plural(unattributed.length, 'claim', 'claims')} without attribution.`);
  for (const l of labels)
    sentences.push(`${LABEL_WORDS[l.label]}${l.by && l.label !== 'opinion' ? ` (${l.by})` : ''}.`);
  if (publisher && publisher.ratings.length === 0 && !publisher.from.includes('database'))
    sentences.push('Publisher not in the bundled lists.');
  return sentences.join(' ');
}
