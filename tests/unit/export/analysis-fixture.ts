import type { Analysis, Article } from '../../../core/types';

/** A small hand-made analysis whose page text tries every Markdown trick a headline could play. */
export function hostileAnalysis(overrides: Partial<Article> = {}): Analysis {
  const article: Article = {
    title: '*Breaking*: [Click](javascript:alert(1)) <img src=x onerror=alert(1)> # 1. Not_a_list',
    authors: [{ name: 'Ana `Code` Ruiz' }],
    byline: 'Ana `Code` Ruiz',
    siteName: 'The [Daily] Planet',
    publisher: null,
    publishedDate: '2024-03-05',
    modifiedDate: null,
    section: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    text: 'Mayor Lee said the bridge opens *today*.\n\nCity Hall confirmed it.',
    html: '<p>Mayor Lee said the bridge opens <em>today</em>.</p>',
    wordCount: 11,
    readingTimeMinutes: 1,
    canonicalUrl: 'https://example.com/news/bridge (final)',
    url: 'https://example.com/news/bridge',
    image: null,
    links: [],
    notes: [],
    pageTypes: ['NewsArticle'],
    signals: { isArticle: true, partial: false, liveBlog: false, listOrGallery: false, truncated: false, reasons: [] },
    fieldSources: {},
    ...overrides,
  };
  return {
    schemaVersion: 1,
    article,
    summary: {
      method: 'extractive',
      sentences: [
        { text: 'Mayor Lee said the bridge opens *today*.', start: 0, end: 40 },
        { text: '- City Hall confirmed it.', start: 42, end: 66 },
      ],
    },
    entities: [
      {
        name: 'Lee',
        type: 'person',
        aliases: ['Mayor Lee'],
        salience: 0.9,
        mentions: [{ text: 'Lee', start: 6, end: 9 }],
      },
      {
        name: 'City_Hall',
        type: 'organization',
        aliases: [],
        salience: 0.5,
        mentions: [
          { text: 'City_Hall', start: 42, end: 51 },
          { text: 'City_Hall', start: 42, end: 51 },
        ],
      },
    ],
    sources: {
      publisher: null,
      labels: [],
      authors: [],
      citations: [
        {
          source: 'Lee',
          kind: 'person',
          verb: 'said',
          quote: 'the bridge opens *today*',
          direct: false,
          start: 0,
          end: 40,
        },
      ],
      unattributed: [],
      links: [
        { href: 'javascript:alert(1)', domain: 'evil.example', kind: 'other', text: 'x', start: 0, end: 1 },
        {
          href: 'https://gov.example/report',
          domain: 'gov.example',
          kind: 'government',
          name: 'Report [PDF]',
          text: 'report',
          start: 0,
          end: 1,
        },
      ],
      glance: '# Published by a newspaper',
    },
    timingsMs: { extract: 1, summary: 1, entities: 1, sources: 1, total: 4 },
    warnings: [],
  };
}
