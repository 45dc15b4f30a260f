import type { Article, Publisher, PublisherRating, SourceKind } from '../types';
import { hostOf, registrableDomain } from './domain';
import { type OutletRecord, outletByHost, outletByName, ratingsForHost } from './publisher-db';

const BLOG_HOSTS = /(^|\.)(blogspot\.com|wordpress\.com|substack\.com|medium\.com|tumblr\.com|ghost\.io|typepad\.com)$/;

/** A kind guessed from the domain alone, for outlets the database does not know. */
export function kindFromHost(host: string): SourceKind | null {
  if (/(^|\.)(gov|mil)(\.[a-z]{2})?$|(^|\.)gouv\.fr$|(^|\.)europa\.eu$|(^|\.)gc\.ca$|(^|\.)bund\.de$/.test(host))
    return 'government';
  if (/(^|\.)(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/.test(host)) return 'academic';
  if (BLOG_HOSTS.test(host)) return 'blog';
  return null;
}

function kindFromPage(article: Article): SourceKind | null {
  if (article.pageTypes.some((t) => /BlogPosting|Blog\b/i.test(t))) return 'blog';
  if (article.pageTypes.some((t) => /SatiricalArticle/i.test(t))) return 'satire';
  return null;
}

/** The wire named in a licensing or syndication footer ("All content created by the Daily Caller News Foundation"). */
function wireFromNotes(article: Article): OutletRecord | null {
  for (const note of article.notes) {
    if (note.kind !== 'licensing' && note.kind !== 'syndication') continue;
    const m =
      /(?:created|produced|written|distributed|published) by (?:the )?([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,6})/.exec(
        note.text,
      );
    const hit = m?.[1] ? outletByName(m[1]) : null;
    if (hit) return hit;
  }
  return null;
}

/** The publisher card: who published the page, what kind of outlet it is, and what open lists say about it. */
export function publisherCard(article: Article): Publisher | null {
  const host = hostOf(article.canonicalUrl) ?? hostOf(article.url);
  const record =
    (article.publisher ? outletByName(article.publisher) : null) ??
    wireFromNotes(article) ??
    (host ? outletByHost(host) : null) ??
    (article.siteName ? outletByName(article.siteName) : null);
  const pageName = article.publisher ?? article.siteName;
  if (!record && !pageName && !host) return null;

  const from: Publisher['from'] = [];
  if (pageName) from.push('page');
  if (record) from.push('database');
  if (host && !record) from.push('domain');

  const ratings: PublisherRating[] = [...(record?.ratings ?? [])];
  // The page's own site may be rated separately from the outlet that wrote the story (a wire piece on a
  // rated site): show those verdicts too, naming the domain they are about, without merging anything.
  if (host) {
    const hostRecord = outletByHost(host);
    if (hostRecord !== record) {
      const about = hostRecord?.name ?? registrableDomain(host);
      const hostRatings = hostRecord ? hostRecord.ratings : ratingsForHost(host);
      for (const r of hostRatings) ratings.push({ ...r, rating: `${r.rating} (${about})` });
    }
  }

  const card: Publisher = {
    name: record?.name ?? pageName ?? registrableDomain(host ?? ''),
    domain: host ? registrableDomain(host) : (record?.domains[0] ?? null),
    kind: record?.kind ?? kindFromPage(article) ?? (host ? kindFromHost(host) : null),
    ratings,
    from,
  };
  if (!card.kind && ratings.some((r) => r.rating.startsWith('satire'))) card.kind = 'satire';
  if (record?.country) card.country = record.country;
  if (record?.owner) card.owner = record.owner;
  if (record?.republishedFreely) card.republishedFreely = true;
  return card;
}
