/**
 * Page metadata from every source a news page may use, most reliable first: JSON-LD, OpenGraph and
 * other `<meta>` tags, microdata, `<time>` elements, the byline element, the `<title>`, the URL.
 * Each field records where it came from.
 */
import type { Article, Author, FieldSource, LeadImage } from '../../types';
import { collapseSpace, firstListed, normalizedText, squashText, tagName, webUrl } from '../dom';
import {
  authorsFromByline,
  cleanByline,
  dedupe,
  enrichAuthors,
  looksLikeName,
  separateAuthors,
  splitNames,
  squashName,
  tidyAuthors,
} from './authors';
import { dateFromUrl, normalizeDate } from './dates';
import { type JsonLdResult, readJsonLd } from './json-ld';
import { languageOf } from './language';
import { firstMeta, firstMetaRead, readMetaTags } from './meta-tags';
import { stripSiteName } from './title';

export interface PageMetadata {
  title: string;
  authors: Author[];
  siteName: string | null;
  publisher: string | null;
  publishedDate: string | null;
  modifiedDate: string | null;
  section: string | null;
  lang: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  image: LeadImage | null;
  pageTypes: string[];
  paywalled: boolean;
  /** Raw JSON-LD and og:type types, for page classification. */
  jsonLd: JsonLdResult;
  ogType: string | null;
  fieldSources: Partial<Record<keyof Article, FieldSource>>;
}

type Sources = PageMetadata['fieldSources'];

/** First candidate with a value wins; its source is recorded. */
function pick<T>(
  sources: Sources,
  field: keyof Article,
  candidates: Array<[T | null | undefined, FieldSource]>,
): T | null {
  for (const [value, source] of candidates) {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      sources[field] = source;
      return value;
    }
  }
  return null;
}

/**
 * Published: time[pubdate], time[itemprop=datePublished], [itemprop=datePublished], time[class*=publish],
 * time[datetime]. Modified: [itemprop=dateModified], time[class*=updated], time[class*=modified].
 * Matched in one walk (the first in document order wins, as with a selector list).
 */
function isDateElement(el: Element, kind: 'published' | 'modified'): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === (kind === 'published' ? 'datePublished' : 'dateModified')) return true;
  if (tagName(el) !== 'time') return false;
  const cls = el.getAttribute('class') ?? '';
  if (kind === 'modified') return cls.includes('updated') || cls.includes('modified');
  return el.hasAttribute('pubdate') || el.hasAttribute('datetime') || cls.includes('publish');
}

function timeElementDate(elements: readonly Element[], kind: 'published' | 'modified'): string | null {
  for (const el of elements) {
    if (!isDateElement(el, kind)) continue;
    const date = normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? normalizedText(el));
    if (date) return date;
  }
  return null;
}

function microdataAuthors(elements: readonly Element[]): Author[] {
  return elements
    .filter((el) => el.getAttribute('itemprop') === 'author')
    .map((el) =>
      cleanByline(
        el.querySelector('[itemprop="name"]')?.textContent ?? el.getAttribute('content') ?? normalizedText(el),
      ),
    )
    .filter(looksLikeName)
    .map((name) => ({ name }));
}

function metaAuthors(values: string[], outletNames: readonly (string | null)[]): Author[] {
  // The outlet named as its own author ("Mac & i" on Mac & i) is one name, not two people to split.
  const outlets = new Set(outletNames.filter((n): n is string => !!n).map(squashName));
  // article:author is often a profile URL rather than a name; keep only names.
  return values
    .filter((v) => !/^https?:/i.test(v))
    .flatMap((value) => (outlets.has(squashName(value)) ? [value.trim()] : splitNames(value)))
    .map((name) => ({ name }));
}

function imageFromMeta(tags: ReturnType<typeof readMetaTags>, baseUrl: string | null): LeadImage | null {
  const url = webUrl(
    firstMeta(tags, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    baseUrl,
  );
  if (!url) return null;
  const image: LeadImage = { url };
  const alt = firstMeta(tags, 'og:image:alt', 'twitter:image:alt');
  if (alt) image.alt = alt;
  return image;
}

/** `link[rel="canonical"]`; the selector compares `rel` without regard to case, as HTML's attribute rules say. */
function isCanonicalLink(el: Element): boolean {
  if (tagName(el) !== 'link') return false;
  const rel = el.getAttribute('rel');
  return rel !== null && rel.length === 9 && rel.toLowerCase() === 'canonical';
}

/** `elements`: every element of `doc` in document order (see descendants), listed once by the caller. */
export function readMetadata(doc: Document, pageUrl: string | null, elements: readonly Element[]): PageMetadata {
  const fieldSources: Sources = {};
  const tags = readMetaTags(elements);
  const canonicalHref = firstListed(elements, isCanonicalLink)?.getAttribute('href');
  const canonicalUrl = pick<string>(fieldSources, 'canonicalUrl', [
    [webUrl(canonicalHref, pageUrl), 'meta'],
    [webUrl(firstMeta(tags, 'og:url'), pageUrl), 'opengraph'],
  ]);
  const baseUrl = pageUrl ?? canonicalUrl;
  const jsonLd = readJsonLd(elements, baseUrl);
  const ld = jsonLd.article;

  const siteName = pick<string>(fieldSources, 'siteName', [
    [firstMeta(tags, 'og:site_name'), 'opengraph'],
    [firstMeta(tags, 'application-name', 'al:ios:app_name'), 'meta'],
    [jsonLd.siteName, 'json-ld'],
    [ld?.publisher, 'json-ld'],
  ]);
  const publisher = pick<string>(fieldSources, 'publisher', [
    [ld?.publisher, 'json-ld'],
    [firstMeta(tags, 'article:publisher', 'dc.publisher', 'dcterms.publisher'), 'meta'],
    [siteName, fieldSources.siteName ?? 'meta'],
  ]);
  const publisherName = publisher && /^https?:/.test(publisher) ? siteName : publisher;

  const titleElement = normalizedText(firstListed(elements, (el) => tagName(el) === 'title'));
  const headline = normalizedText(firstListed(elements, (el) => tagName(el) === 'h1'));
  const titleCandidates: Array<[string | null | undefined, FieldSource]> = [
    [ld?.headline, 'json-ld'],
    [ld?.name, 'json-ld'],
    [firstMeta(tags, 'og:title'), 'opengraph'],
    [firstMeta(tags, 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title'), 'meta'],
    [titleElement, 'title-element'],
    [headline, 'text'],
  ];
  // Metadata sometimes holds a description where the headline should be; the headline the reader sees
  // is confirmed by the <title> or the first <h1>.
  const visible = squashText(`${titleElement} ${headline}`);
  const confirmed = titleCandidates.filter(
    ([value]) => value && squashText(value).length > 2 && visible.includes(squashText(value)),
  );
  const rawTitle = pick<string>(fieldSources, 'title', confirmed.length ? confirmed : titleCandidates);
  const title = rawTitle ? stripSiteName(rawTitle, siteName, baseUrl, headline) : '';

  const bylineAuthors = authorsFromByline(elements, baseUrl);
  let authors =
    pick<Author[]>(fieldSources, 'authors', [
      [dedupe(tidyAuthors(ld?.authors ?? [])), 'json-ld'],
      [
        // Dublin Core first, as Readability takes it; then the common names.
        firstMetaRead(
          tags,
          (values) => tidyAuthors(metaAuthors(values, [siteName, publisherName])),
          'dc.creator',
          'dcterms.creator',
          'author',
          'parsely-author',
          'article:author',
          'sailthru.author',
          'byl',
        ),
        'meta',
      ],
      [tidyAuthors(microdataAuthors(elements)), 'microdata'],
      [tidyAuthors(bylineAuthors), 'byline-element'],
    ]) ?? [];
  authors = enrichAuthors(dedupe(separateAuthors(authors, [siteName, publisherName])), bylineAuthors);
  // Metadata often names one author without a role; the byline element may carry it.
  const onlyAuthor = authors[0];
  const onlyBylineAuthor = bylineAuthors[0];
  if (authors.length === 1 && onlyAuthor && !onlyAuthor.role && bylineAuthors.length === 1 && onlyBylineAuthor?.role) {
    authors = [{ ...onlyAuthor, role: onlyBylineAuthor.role }];
  }
  // Author pages are links a reader may follow: web addresses only.
  authors = authors.map((author) => {
    if (author.url === undefined) return author;
    const { url, ...rest } = author;
    const safe = webUrl(url, baseUrl);
    return safe ? { ...rest, url: safe } : rest;
  });
  if (authors.length) fieldSources.byline = fieldSources.authors;

  const urlForDate = pageUrl ?? canonicalUrl;
  const publishedDate = pick<string>(fieldSources, 'publishedDate', [
    [normalizeDate(ld?.datePublished), 'json-ld'],
    [
      normalizeDate(firstMeta(tags, 'article:published_time', 'og:published_time', 'og:article:published_time')),
      'opengraph',
    ],
    [
      normalizeDate(
        firstMeta(
          tags,
          'date',
          'pubdate',
          'publish-date',
          'publish_date',
          'publication_date',
          'dc.date',
          'dc.date.issued',
          'dcterms.created',
          'dcterms.date',
          'parsely-pub-date',
          'sailthru.date',
          'article.published',
          'datepublished',
          'citation_publication_date',
        ),
      ),
      'meta',
    ],
    [timeElementDate(elements, 'published'), 'time-element'],
    [dateFromUrl(urlForDate), 'url'],
  ]);
  const modifiedDate = pick<string>(fieldSources, 'modifiedDate', [
    [normalizeDate(ld?.dateModified), 'json-ld'],
    [normalizeDate(firstMeta(tags, 'article:modified_time', 'og:updated_time')), 'opengraph'],
    [normalizeDate(firstMeta(tags, 'last-modified', 'dcterms.modified', 'datemodified')), 'meta'],
    [timeElementDate(elements, 'modified'), 'time-element'],
  ]);
  const section = pick<string>(fieldSources, 'section', [
    [ld?.section, 'json-ld'],
    [firstMeta(tags, 'article:section', 'og:article:section'), 'opengraph'],
    [firstMeta(tags, 'section', 'parsely-section', 'sailthru.section', 'category'), 'meta'],
  ]);
  const language = languageOf(doc, [
    ld?.inLanguage ?? null,
    firstMeta(tags, 'og:locale', 'language', 'content-language', 'dc.language'),
  ]);
  if (language.lang) fieldSources.lang = language.fromHtml ? 'html-lang' : 'meta';
  const excerpt = pick<string>(fieldSources, 'excerpt', [
    [ld?.description, 'json-ld'],
    [firstMeta(tags, 'og:description'), 'opengraph'],
    [firstMeta(tags, 'description', 'twitter:description', 'dc.description', 'sailthru.description'), 'meta'],
  ]);
  const ldImageUrl = ld?.image ? webUrl(ld.image.url, baseUrl) : null;
  const ldImage = ld?.image && ldImageUrl ? { ...ld.image, url: ldImageUrl } : null;
  const image = pick<LeadImage>(fieldSources, 'image', [
    [imageFromMeta(tags, baseUrl), 'opengraph'],
    [ldImage, 'json-ld'],
  ]);
  if (image && ldImage && image.url === ldImage.url) {
    image.caption ??= ldImage.caption;
    image.credit ??= ldImage.credit;
  }

  const ogType = firstMeta(tags, 'og:type');
  const pageTypes = [...new Set([...(ogType ? [ogType] : []), ...(ld?.types ?? []), ...jsonLd.allTypes])];

  return {
    title: collapseSpace(title),
    authors,
    siteName,
    publisher: publisherName,
    publishedDate,
    modifiedDate,
    section,
    lang: language.lang,
    excerpt,
    canonicalUrl,
    image,
    pageTypes,
    paywalled: ld?.paywalled ?? false,
    jsonLd,
    ogType,
    fieldSources,
  };
}
