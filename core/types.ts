/**
 * The analysis contract: the plain data every stage of the pipeline produces.
 * The CLI prints `Analysis` as JSON and `docs/analysis.md` documents it; the popup, the lookup card and
 * the reader view render it. Keep this file free of browser and Node APIs.
 *
 * Offsets (`start`, `end`) are always JavaScript string indices (UTF-16 code units) into `article.text`,
 * half-open: `article.text.slice(start, end)` is the span.
 */

/** Where a metadata field was read from, so the reader (and tests) can see how sure it is. */
export type FieldSource =
  | 'json-ld'
  | 'opengraph'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'byline-element'
  | 'readability'
  | 'title-element'
  | 'url'
  | 'html-lang'
  | 'text'
  | 'input';

export interface Author {
  name: string;
  /** Job title or role as the page gives it ("White House Correspondent"). */
  role?: string;
  /** Profile page, when the page links one. */
  url?: string;
  /**
   * The author's other appearances on the page (contact line, bio), kept as context and never as article
   * text. Filled in `sources.authors`.
   */
  context?: string[];
}

export interface LeadImage {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A link inside the article body, with the span of its anchor text in `article.text`. */
export interface BodyLink {
  href: string;
  text: string;
  start: number;
  end: number;
}

/** What kind of page this is, as far as extraction can tell; shown to the reader as notes. */
export interface PageSignals {
  /** False when the page does not look like an article (a home page, a search page, an app). */
  isArticle: boolean;
  /** Paywall or teaser markers, or a body very short relative to the page. */
  partial: boolean;
  liveBlog: boolean;
  listOrGallery: boolean;
  /** Extraction was cut short by its time budget. */
  truncated: boolean;
  /** Machine-readable reasons, e.g. "short-body", "paywall-marker". */
  reasons: string[];
}

/**
 * Text the cleanup removed from the body because it is not part of the story, but which still tells
 * the reader something about the piece (who may republish it, how to reach the author, a correction).
 * The source-context notes read these; the body never contains them.
 */
export interface PageNote {
  kind:
    | 'licensing'
    | 'syndication'
    | 'author-contact'
    | 'author-bio'
    | 'correction'
    | 'editors-note'
    | 'disclosure'
    | 'caption'
    | 'other';
  text: string;
}

export interface Article {
  title: string;
  authors: Author[];
  /** The byline as one display string ("Saagar Enjeti"), or null when unknown. */
  byline: string | null;
  siteName: string | null;
  publisher: string | null;
  /** ISO 8601, with time and timezone when the page gives them ("2016-10-27" or "2016-10-27T08:00:00-04:00"). */
  publishedDate: string | null;
  modifiedDate: string | null;
  section: string | null;
  /** BCP 47 language tag, e.g. "en", "de", "ar". */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Plain text of the body; paragraphs separated by a blank line ("\n\n"). */
  text: string;
  /** Sanitized HTML of the body: no scripts, no event handlers, no javascript:/data: URLs. */
  html: string;
  wordCount: number;
  readingTimeMinutes: number;
  canonicalUrl: string | null;
  /** The URL the page was read from, when known. */
  url: string | null;
  image: LeadImage | null;
  links: BodyLink[];
  /** Context removed from the body (licensing footers, author contact lines, corrections). */
  notes: PageNote[];
  /** `og:type`, JSON-LD `@type` and genre hints ("NewsArticle", "OpinionNewsArticle", "article"). */
  pageTypes: string[];
  signals: PageSignals;
  /** Which source each metadata field came from (keys are Article field names). */
  fieldSources: Partial<Record<keyof Article, FieldSource>>;
}

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface SummarySentence extends TextSpan {}

export interface Summary {
  sentences: SummarySentence[];
  /** "extractive" from the core; "generated" only when a browser model wrote it (never from the CLI). */
  method: 'extractive' | 'generated';
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention extends TextSpan {}

export interface Entity {
  /** The canonical (usually longest, fullest) name. */
  name: string;
  type: EntityType;
  /** Other names the article uses for it ("ISIS" for "Islamic State"). */
  aliases: string[];
  /** 0..1, higher is more central to the story. Entities are sorted by it, descending. */
  salience: number;
  mentions: Mention[];
}

export type SourceKind =
  | 'newspaper'
  | 'broadcaster'
  | 'newswire'
  | 'magazine'
  | 'digital'
  | 'blog'
  | 'state-media'
  | 'satire'
  | 'fact-checker'
  | 'government'
  | 'academic'
  | 'other';

/** One statement an open list makes about an outlet, with where and when it comes from. */
export interface PublisherRating {
  /** Name of the list, e.g. "Wikipedia: Reliable sources/Perennial sources". */
  list: string;
  /** Year or date of the snapshot the fact is from. */
  date: string;
  /** The list's own verdict in a few words ("generally reliable", "low credibility"). */
  rating: string;
  url?: string;
  license?: string;
}

export interface Publisher {
  name: string;
  domain: string | null;
  kind: SourceKind | null;
  country?: string;
  owner?: string;
  /** True when the outlet lets others republish its stories freely (e.g. DCNF). */
  republishedFreely?: boolean;
  ratings: PublisherRating[];
  /** Which fields came from the page, the bundled database, or the domain. */
  from: Array<'page' | 'database' | 'domain'>;
}

export type PieceLabel =
  | 'newswire'
  | 'syndicated'
  | 'opinion'
  | 'analysis'
  | 'sponsored'
  | 'press-release'
  | 'correction'
  | 'editors-note'
  | 'live-blog';

export interface Label {
  label: PieceLabel;
  /** The words on the page that show it ("All content created by the Daily Caller News Foundation…"). */
  evidence: string;
  /** Who wrote or distributed it, for newswire and syndication labels. */
  by?: string;
}

export type CitationKind = 'person' | 'organization' | 'outlet' | 'document' | 'anonymous' | 'other';

export interface Citation {
  /** The speaker as resolved ("The Soufan Group", "a Pakistani government official"). */
  source: string;
  kind: CitationKind;
  /** How the text describes the speaker ("U.S. security advisory firm"), when it does. */
  description?: string;
  /** The reporting verb as written ("speculated", "noted", "said"). */
  verb?: string;
  /** How strongly the verb commits the speaker: neutral (said), strong (claimed, insisted), weak (speculated), concessive (admitted). */
  verbStrength?: 'neutral' | 'strong' | 'weak' | 'concessive';
  /** The quoted or paraphrased content, without quotation marks. */
  quote: string;
  direct: boolean;
  /** The channel or intermediary ("The New York Times" for "in an interview with The New York Times"). */
  via?: string;
  /** Where the article links the source itself, when it does. */
  href?: string;
  /** Span of the whole attributed statement (quote and attribution) in `article.text`. */
  start: number;
  end: number;
}

export interface UnattributedClaim extends TextSpan {
  /** The hedge that marks it ("reportedly", "allegedly", "it is believed"). */
  marker: string;
}

export type LinkKind =
  | 'same-site'
  | 'news-outlet'
  | 'government'
  | 'court'
  | 'academic'
  | 'document'
  | 'social-media'
  | 'organization'
  | 'other';

export interface SourceLink {
  href: string;
  domain: string;
  kind: LinkKind;
  /** The outlet or organization name, when known. */
  name?: string;
  /** Anchor text span in `article.text`. */
  text: string;
  start: number;
  end: number;
}

export interface Sources {
  publisher: Publisher | null;
  labels: Label[];
  authors: Author[];
  citations: Citation[];
  unattributed: UnattributedClaim[];
  links: SourceLink[];
  /** One line a reader can take in at a glance. */
  glance: string;
}

export type Stage = 'extract' | 'summary' | 'entities' | 'sources' | 'total';

export interface Analysis {
  /** Version of this contract; bumped on any breaking change. */
  schemaVersion: 1;
  article: Article;
  summary: Summary;
  entities: Entity[];
  sources: Sources;
  timingsMs: Record<Stage, number>;
  /** Notes for the reader about what could not be done ("not-an-article", "extraction-truncated"). */
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Number of summary sentences (default 3). */
  sentences?: number;
}
