import { readsStatementFirst } from '../sources/statement-first';
import type { Analysis, Entity, EntityType, Sources } from '../types';

/**
 * The analysis as a Markdown note a reader can paste anywhere (title, link, summary, entities,
 * sources) and as JSON (the `Analysis` contract itself). Pure: no browser APIs, so the popup, the
 * reader view and the CLI share it. Everything that comes from the page is escaped, so a headline
 * like "*Breaking* [update](javascript:…)" stays text and never becomes markup or a link.
 */

export type ExportSection = 'summary' | 'entities' | 'sources';

/** Headings and phrases, passed in translated by the UI; English by default. */
export interface MarkdownLabels {
  source: string;
  by: string;
  published: string;
  summary: string;
  entities: string;
  sources: string;
  entityTypes: Record<EntityType, string>;
  mentions: (count: number) => string;
  aliases: string;
  publisher: string;
  citations: string;
  unattributed: string;
  links: string;
  footer: string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  source: 'Source',
  by: 'By',
  published: 'Published',
  summary: 'Summary',
  entities: 'People, organizations and places',
  sources: 'Sources',
  entityTypes: { person: 'People', organization: 'Organizations', place: 'Places', other: 'Other' },
  mentions: (count) => (count === 1 ? '1 mention' : `${count} mentions`),
  aliases: 'also',
  publisher: 'Publisher',
  citations: 'Who is quoted or cited',
  unattributed: 'Claims without attribution',
  links: 'Links in the article',
  footer: 'Summarized on this device by Lede.',
};

export interface MarkdownOptions {
  labels?: MarkdownLabels;
  /** Which sections, in which order (the reader's layout); all three by default. */
  sections?: ExportSection[];
}

/** Escapes text from the page so Markdown shows it literally, on one line. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      // Characters that open or close markup anywhere in a line (emphasis, code, links, images,
      // raw HTML, tables, strikethrough, entities, headings' closing hashes). Without `[` and `]`
      // no link can form, so parentheses stay as they are.
      .replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`)
      // Text that would start a block when it begins a line: list items, quotes, setext underlines.
      .replace(/^([+\-=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A URL safe inside `[text](url)`: http(s) only, with the characters that end the link encoded. */
export function markdownUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const link = (text: string, href: string | null | undefined): string => {
  const url = markdownUrl(href);
  return url ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(text);
};

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'other'];

function entitiesMarkdown(entities: Entity[], labels: MarkdownLabels): string[] {
  const lines: string[] = [];
  for (const type of TYPE_ORDER) {
    const group = entities.filter((entity) => entity.type === type);
    if (group.length === 0) continue;
    lines.push(`### ${escapeMarkdown(labels.entityTypes[type])}`, '');
    for (const entity of group) {
      const aliases = entity.aliases.length
        ? `; ${escapeMarkdown(labels.aliases)}: ${entity.aliases.map(escapeMarkdown).join(', ')}`
        : '';
      lines.push(
        `- ${escapeMarkdown(entity.name)} (${escapeMarkdown(labels.mentions(entity.mentions.length))}${aliases})`,
      );
    }
    lines.push('');
  }
  return lines;
}

function sourcesMarkdown(sources: Sources, labels: MarkdownLabels): string[] {
  const lines: string[] = [];
  if (sources.glance) lines.push(escapeMarkdown(sources.glance), '');
  if (sources.publisher) {
    const { publisher } = sources;
    const facts = [publisher.kind, publisher.country].filter(Boolean).map((fact) => escapeMarkdown(String(fact)));
    lines.push(`### ${escapeMarkdown(labels.publisher)}`, '');
    lines.push(`- **${escapeMarkdown(publisher.name)}**${facts.length ? ` (${facts.join(', ')})` : ''}`);
    for (const rating of publisher.ratings) {
      lines.push(`- ${link(`${rating.list} (${rating.date})`, rating.url)}: ${escapeMarkdown(rating.rating)}`);
    }
    lines.push('');
  }
  if (sources.citations.length) {
    lines.push(`### ${escapeMarkdown(labels.citations)}`, '');
    for (const citation of sources.citations) {
      const source = `**${escapeMarkdown(citation.source)}**`;
      const quote = `“${escapeMarkdown(citation.quote)}”`;
      // "“the deal is close”, according to **officials**", as in the article.
      if (readsStatementFirst(citation)) lines.push(`- ${quote}, ${escapeMarkdown(citation.verb)} ${source}`);
      else lines.push(`- ${source}${citation.verb ? ` ${escapeMarkdown(citation.verb)}` : ''}: ${quote}`);
    }
    lines.push('');
  }
  if (sources.unattributed.length) {
    lines.push(`### ${escapeMarkdown(labels.unattributed)}`, '');
    for (const claim of sources.unattributed) lines.push(`- ${escapeMarkdown(claim.text)}`);
    lines.push('');
  }
  if (sources.links.length) {
    lines.push(`### ${escapeMarkdown(labels.links)}`, '');
    for (const item of sources.links) {
      lines.push(`- ${link(item.name ?? item.domain, item.href)} (${escapeMarkdown(item.kind)})`);
    }
    lines.push('');
  }
  return lines;
}

export function analysisToMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const labels = options.labels ?? ENGLISH_LABELS;
  const order = options.sections ?? ['summary', 'entities', 'sources'];
  const { article } = analysis;
  const lines: string[] = [`# ${escapeMarkdown(article.title) || 'Untitled'}`, ''];
  const href = article.canonicalUrl ?? article.url;
  const outlet = article.siteName ?? article.publisher;
  const facts: string[] = [];
  if (markdownUrl(href)) facts.push(`- ${escapeMarkdown(labels.source)}: ${link(outlet ?? href ?? '', href)}`);
  if (article.byline) facts.push(`- ${escapeMarkdown(labels.by)}: ${escapeMarkdown(article.byline)}`);
  if (article.publishedDate)
    facts.push(`- ${escapeMarkdown(labels.published)}: ${escapeMarkdown(article.publishedDate)}`);
  if (facts.length) lines.push(...facts, '');

  for (const section of order) {
    if (section === 'summary' && analysis.summary.sentences.length) {
      lines.push(`## ${escapeMarkdown(labels.summary)}`, '');
      analysis.summary.sentences.forEach((sentence, i) => {
        lines.push(`${i + 1}. ${escapeMarkdown(sentence.text)}`);
      });
      lines.push('');
    }
    if (section === 'entities' && analysis.entities.length) {
      lines.push(`## ${escapeMarkdown(labels.entities)}`, '', ...entitiesMarkdown(analysis.entities, labels));
    }
    if (section === 'sources') {
      const body = sourcesMarkdown(analysis.sources, labels);
      if (body.length) lines.push(`## ${escapeMarkdown(labels.sources)}`, '', ...body);
    }
  }
  lines.push('---', '', `_${escapeMarkdown(labels.footer)}_`, '');
  return lines.join('\n');
}

/** The analysis as pretty-printed JSON: exactly the `Analysis` contract the CLI prints. */
export function analysisToJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/** A file name for an export: the title's words, lower-case, safe on every file system. */
export function exportFileName(analysis: Analysis, extension: 'md' | 'json'): string {
  const slug = analysis.article.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'article'}.lede.${extension}`;
}
