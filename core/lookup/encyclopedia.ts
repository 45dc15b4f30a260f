import type { EncyclopediaSummary } from './types';

/**
 * The page-summary endpoint (Wikipedia's REST `page/summary/{title}`, or a Kiwix mirror answering the
 * same shape): building the address and reading the answer. The answer is untrusted: only plain-text
 * fields are kept (never `extract_html` or `displaytitle`, which carry markup), each capped.
 */

const MAX_TITLE = 300;
const MAX_DESCRIPTION = 300;
const MAX_EXTRACT = 1200;
const MAX_DISAMBIGUATION_CANDIDATES = 3;

/** The summary address for `title`, or null when the base URL is not an http(s) address. */
export function summaryUrl(baseUrl: string, lang: string, title: string): string | null {
  const cleanLang = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(lang) ? lang.toLowerCase() : 'en';
  const base = baseUrl.replaceAll('{lang}', cleanLang);
  const name = title.trim().replace(/\s+/g, '_');
  if (!name) return null;
  try {
    const url = new URL(`${base}${encodeURIComponent(name)}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host-permission pattern that covers `url` ("https://en.wikipedia.org/*"), or null. */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? `${parsed.protocol}//${parsed.hostname}/*`
      : null;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Plain text of an untrusted field: control characters removed, whitespace collapsed, capped. */
function plain(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function safeUrl(value: unknown, protocols: string[]): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export type ParsedSummary =
  | { kind: 'ok'; summary: EncyclopediaSummary }
  | { kind: 'disambiguation'; title: string; url: string | null }
  | { kind: 'bad' };

/** Reads a page-summary answer (already parsed from JSON). */
export function parseSummary(json: unknown): ParsedSummary {
  if (!isRecord(json)) return { kind: 'bad' };
  const title = plain(json.title, MAX_TITLE);
  if (!title) return { kind: 'bad' };
  const urls = isRecord(json.content_urls) && isRecord(json.content_urls.desktop) ? json.content_urls.desktop : {};
  const url = safeUrl(urls.page, ['https:', 'http:']);
  if (json.type === 'disambiguation') return { kind: 'disambiguation', title, url };
  const extract = plain(json.extract, MAX_EXTRACT);
  if (!extract) return { kind: 'bad' };
  const thumbnail = isRecord(json.thumbnail) ? safeUrl(json.thumbnail.source, ['https:']) : null;
  return {
    kind: 'ok',
    summary: { title, description: plain(json.description, MAX_DESCRIPTION), extract, thumbnail, url },
  };
}

/**
 * Titles to try when `title` is a disambiguation page: Wikipedia qualifies ambiguous titles with
 * a bracketed context ("Mercury (planet)"), so the article's other leading entities are the best
 * guesses Lede has without a search API.
 */
export function disambiguationCandidates(title: string, context: string[]): string[] {
  const base = title.replace(/\s*\(.*\)$/, '').trim();
  return [...new Set(context.map((name) => name.replace(/^the\s+/i, '').trim()).filter(Boolean))]
    .filter((name) => name.toLowerCase() !== base.toLowerCase())
    .slice(0, MAX_DISAMBIGUATION_CANDIDATES)
    .map((name) => `${base} (${name})`);
}

/**
 * True when a candidate summary fits the article: it mentions one of the article's other entities.
 * Keeps a guessed "X (Y)" page from being shown when it is about something else.
 */
export function fitsContext(summary: EncyclopediaSummary, context: string[]): boolean {
  const haystack = `${summary.title} ${summary.description ?? ''} ${summary.extract}`.toLowerCase();
  return context.some((name) => name.length >= 3 && haystack.includes(name.replace(/^the\s+/i, '').toLowerCase()));
}
