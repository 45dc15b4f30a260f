/**
 * Schema.org JSON-LD: finds the node that describes the article (NewsArticle and its kin, also inside
 * `@graph`), resolving `@id` references for authors and publisher.
 */
import type { Author, LeadImage } from '../../types';
import { tagName } from '../dom';

type JsonObject = Record<string, unknown>;

/** Article-like schema.org types, most specific first in spirit; any of them marks a piece of writing. */
const ARTICLE_TYPE =
  /^(?:[A-Za-z]*NewsArticle|Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|Review|Recipe|HowTo)$/;

export interface JsonLdArticle {
  types: string[];
  headline: string | null;
  name: string | null;
  description: string | null;
  authors: Author[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  section: string | null;
  inLanguage: string | null;
  image: LeadImage | null;
  url: string | null;
  /** The story's whole text, which some pages give search engines here. */
  articleBody: string | null;
  /** `isAccessibleForFree: false` is how news sites mark paywalled pieces. */
  paywalled: boolean;
}

export interface JsonLdResult {
  /** Every `@type` seen on the page, for `pageTypes` and page classification. */
  allTypes: string[];
  article: JsonLdArticle | null;
  /** `publisher` or `WebSite` name, when the page has one but no article node. */
  siteName: string | null;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value['@value'] ?? value.name);
  return null;
}

/** Parses one script body; pages often wrap JSON in CDATA or leave trailing commas and control characters. */
function parseLoose(raw: string): unknown {
  const cleaned = raw
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Raw newlines and tabs inside strings are the most common breakage.
      return JSON.parse(
        Array.from(cleaned, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c))
          .join('')
          .replace(/,\s*([}\]])/g, '$1'),
      );
    } catch {
      return null;
    }
  }
}

/** `script[type="application/ld+json"]` (the type compared without case, as selectors do in HTML). */
function isJsonLdScript(el: Element): boolean {
  return tagName(el) === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}

/** All objects in the JSON-LD blocks, flattened through arrays and `@graph`. */
function collectNodes(elements: readonly Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of elements.filter(isJsonLdScript)) {
    visit(parseLoose(script.textContent ?? ''), 0);
  }
  return nodes;
}

function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function authorsOf(value: unknown, byId: Map<string, JsonObject>): Author[] {
  const authors: Author[] = [];
  for (const raw of asArray(value)) {
    const item = resolve(raw, byId);
    if (typeof item === 'string') {
      // Some sites put several names in one string.
      for (const name of item.split(/\s*(?:,|;|\band\b|&)\s*/)) {
        if (name.trim() && !/^https?:/i.test(name)) authors.push({ name: name.trim() });
      }
    } else if (isObject(item)) {
      const name = stringOf(item.name);
      if (!name) continue;
      const author: Author = { name };
      const role = stringOf(item.jobTitle);
      if (role) author.role = role;
      const url =
        stringOf(item.url) ??
        asArray(item.sameAs)
          .map(stringOf)
          .find((u) => u?.startsWith('http'));
      if (url) author.url = url;
      authors.push(author);
    }
  }
  return authors;
}

function imageOf(value: unknown, byId: Map<string, JsonObject>): LeadImage | null {
  const item = resolve(asArray(value)[0], byId);
  if (typeof item === 'string') return { url: item };
  if (!isObject(item)) return null;
  const url = stringOf(item.url) ?? stringOf(item.contentUrl);
  if (!url) return null;
  const image: LeadImage = { url };
  const caption = stringOf(item.caption) ?? stringOf(item.description);
  if (caption) image.caption = caption;
  const credit = stringOf(item.creditText) ?? stringOf(item.copyrightHolder) ?? stringOf(item.author);
  if (credit) image.credit = credit;
  return image;
}

function score(node: JsonObject, pageUrl: string | null): number {
  let points = 0;
  if (node.articleBody) points += 3;
  if (node.headline) points += 2;
  if (node.author) points += 1;
  if (node.datePublished) points += 1;
  const url = stringOf(node.url) ?? stringOf(node.mainEntityOfPage);
  if (pageUrl && url && url.replace(/[?#].*$/, '') === pageUrl.replace(/[?#].*$/, '')) points += 4;
  return points;
}

/** The page's JSON-LD. `elements`: every element of the page, in document order (see descendants). */
export function readJsonLd(elements: readonly Element[], pageUrl: string | null): JsonLdResult {
  const nodes = collectNodes(elements);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);

  const allTypes = [...new Set(nodes.flatMap(typesOf))];
  const candidates = nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  candidates.sort((a, b) => score(b, pageUrl) - score(a, pageUrl));
  const best = candidates[0];

  const siteNode = nodes.find((node) => typesOf(node).includes('WebSite'));
  const siteName = siteNode ? stringOf(siteNode.name) : null;
  if (!best) return { allTypes, article: null, siteName };

  const publisher = resolve(best.publisher, byId);
  const free = best.isAccessibleForFree;
  return {
    allTypes,
    siteName,
    article: {
      types: typesOf(best),
      headline: stringOf(best.headline) ?? stringOf(best.name),
      name: stringOf(best.name),
      description: stringOf(best.description),
      authors: authorsOf(best.author ?? best.creator, byId),
      publisher: typeof publisher === 'string' ? publisher : isObject(publisher) ? stringOf(publisher.name) : null,
      datePublished: stringOf(best.datePublished) ?? stringOf(best.dateCreated),
      dateModified: stringOf(best.dateModified),
      section: stringOf(best.articleSection),
      inLanguage: stringOf(best.inLanguage),
      image: imageOf(best.image, byId),
      url: stringOf(best.url),
      articleBody: typeof best.articleBody === 'string' ? best.articleBody.trim() || null : null,
      paywalled: free === false || (typeof free === 'string' && free.toLowerCase() === 'false'),
    },
  };
}
