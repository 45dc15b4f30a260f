import { articleFromText } from '../../../core/text/article-from-text';
import type { Analysis, Citation, Entity, Publisher } from '../../../core/types';

/** A hand-made analysis: the lookup logic is tested apart from the entity tagger's current output. */
export function analysisOf(
  text: string,
  parts: { entities?: Entity[]; citations?: Citation[]; publisher?: Publisher | null; lang?: string } = {},
): Analysis {
  const article = { ...articleFromText(text), lang: parts.lang ?? 'en', siteName: parts.publisher?.name ?? null };
  return {
    schemaVersion: 1,
    article,
    summary: { sentences: [], method: 'extractive' },
    entities: parts.entities ?? [],
    sources: {
      publisher: parts.publisher ?? null,
      labels: [],
      authors: [],
      citations: parts.citations ?? [],
      unattributed: [],
      links: [],
      glance: '',
    },
    timingsMs: { extract: 0, summary: 0, entities: 0, sources: 0, total: 0 },
    warnings: [],
  };
}

/** An entity whose mentions are every occurrence of its names in `text`. */
export function entityOf(
  text: string,
  name: string,
  type: Entity['type'],
  aliases: string[] = [],
  salience = 0.5,
): Entity {
  const mentions = [name, ...aliases].flatMap((form) =>
    [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  return { name, type, aliases, salience, mentions };
}

export const STORY = [
  'The Islamic State claimed responsibility for a Monday attack in Pakistan.',
  'ISIS affiliates pledged allegiance to ISIS leader Abu Bakr Al-Bagdadi after he announced a caliphate.',
  '“The attack came just as efforts appeared to be paying off,” U.S. security advisory firm The Soufan Group noted Thursday. Pakistan’s military is on the offensive.',
  'The region is ripe for ISIS, the Soufan Group highlights. Jane Roe, a spokeswoman for the ministry, said little.',
].join('\n\n');

export function storyAnalysis(): Analysis {
  const entities = [
    entityOf(STORY, 'Islamic State', 'organization', ['ISIS'], 0.9),
    entityOf(STORY, 'Pakistan', 'place', [], 0.6),
    entityOf(STORY, 'The Soufan Group', 'organization', ['Soufan Group'], 0.5),
    entityOf(STORY, 'Abu Bakr Al-Bagdadi', 'person', [], 0.4),
    entityOf(STORY, 'Jane Roe', 'person', [], 0.3),
  ];
  const at = STORY.indexOf('“The attack');
  const citations: Citation[] = [
    {
      source: 'The Soufan Group',
      kind: 'organization',
      description: 'U.S. security advisory firm',
      verb: 'noted',
      quote: 'The attack came just as efforts appeared to be paying off',
      direct: true,
      start: at,
      end: STORY.indexOf('Thursday.') + 9,
    },
  ];
  const publisher: Publisher = {
    name: 'Daily Caller News Foundation',
    domain: 'dailycaller.com',
    kind: 'newswire',
    ratings: [{ list: 'Example list', date: '2021', rating: 'mixed' }],
    from: ['page'],
  };
  return analysisOf(STORY, { entities, citations, publisher });
}
