import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  disambiguationCandidates,
  fitsContext,
  originPattern,
  parseSummary,
  summaryUrl,
} from '../core/lookup/encyclopedia';
import type { EncyclopediaFailure, EncyclopediaResult, EncyclopediaSummary } from '../core/lookup/types';
import { getCached, putCached } from './encyclopedia-cache';
import { type NetworkLookups, settings } from './settings';

/**
 * Encyclopedia summaries, fetched by the background (the extension's origin, never the page's) and
 * only when the reader turned network lookups on and granted the host. Every failure ends in a
 * status the card can put into words; nothing waits longer than `FETCH_TIMEOUT_MS`.
 */

export const FETCH_TIMEOUT_MS = 6_000;

/**
 * The lookup settings. The end-to-end build alone also accepts a base URL on the local test server
 * (the setting itself only takes https addresses), so the tests can answer like the endpoint.
 */
export async function lookupSettings(): Promise<NetworkLookups> {
  if (import.meta.env.MODE === 'e2e') {
    const raw = await storage.getItem<NetworkLookups>('sync:networkLookups');
    if (raw && typeof raw.baseUrl === 'string' && raw.baseUrl.startsWith('http://127.0.0.1:')) return raw;
  }
  return settings.networkLookups.get();
}

const languageFor = (config: NetworkLookups, articleLang: string | null): string =>
  config.language !== 'auto' ? config.language : (articleLang ?? 'en');

/** The host pattern the reader has to grant for the current settings and article language. */
export async function requiredOrigin(articleLang: string | null): Promise<string | null> {
  const config = await lookupSettings();
  const probe = summaryUrl(config.baseUrl, languageFor(config, articleLang), 'x');
  return probe ? originPattern(probe) : null;
}

type Fetched = { kind: 'json'; json: unknown } | { kind: 'status'; status: EncyclopediaFailure };

async function fetchJson(url: string): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (response.status === 404) return { kind: 'status', status: 'not-found' };
    if (!response.ok) return { kind: 'status', status: 'failed' };
    const body = await response.text();
    try {
      return { kind: 'json', json: JSON.parse(body) };
    } catch {
      return { kind: 'status', status: 'bad-response' };
    }
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'status', status: 'timeout' };
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return { kind: 'status', status: offline || error instanceof TypeError ? 'offline' : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchSummary(
  baseUrl: string,
  lang: string,
  title: string,
): Promise<{ parsed: ReturnType<typeof parseSummary> } | { status: EncyclopediaFailure }> {
  const url = summaryUrl(baseUrl, lang, title);
  if (!url) return { status: 'failed' };
  const fetched = await fetchJson(url);
  return fetched.kind === 'json' ? { parsed: parseSummary(fetched.json) } : { status: fetched.status };
}

/** Looks a title up, from the cache when fresh, trying context-qualified titles for a disambiguation page. */
export async function lookupEncyclopedia(
  title: string,
  articleLang: string | null,
  context: string[],
): Promise<EncyclopediaResult> {
  const config = await lookupSettings();
  if (!config.enabled) return { status: 'disabled' };
  const lang = languageFor(config, articleLang);
  const probe = summaryUrl(config.baseUrl, lang, title);
  const origin = probe ? originPattern(probe) : null;
  if (!probe || !origin) return { status: 'failed' };
  const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
  if (!granted) return { status: 'permission-needed', origin };

  const key = `${config.baseUrl}|${lang}|${title.trim().toLowerCase()}`;
  // A page picked out of a disambiguation list holds only for the same context.
  const contextKey = `${key}|${context.join('|').toLowerCase()}`;
  const cached = (await getCached(key)) ?? (await getCached(contextKey));
  if (cached) return { status: 'ok', summary: cached, fromCache: true };

  const first = await fetchSummary(config.baseUrl, lang, title);
  if ('status' in first) return { status: first.status, origin };
  let summary: EncyclopediaSummary | null = null;
  let cacheKey = key;
  if (first.parsed.kind === 'ok') summary = first.parsed.summary;
  else if (first.parsed.kind === 'bad') return { status: 'bad-response', origin };
  else {
    for (const candidate of disambiguationCandidates(first.parsed.title, context)) {
      const next = await fetchSummary(config.baseUrl, lang, candidate);
      if ('parsed' in next && next.parsed.kind === 'ok' && fitsContext(next.parsed.summary, context)) {
        summary = next.parsed.summary;
        cacheKey = contextKey;
        break;
      }
      if ('status' in next && (next.status === 'timeout' || next.status === 'offline')) break;
    }
    if (!summary) return { status: 'ambiguous', origin, ...(first.parsed.url && { url: first.parsed.url }) };
  }
  await putCached(cacheKey, summary).catch(() => undefined);
  return { status: 'ok', summary, fromCache: false };
}
