import type { EntityType, Publisher } from '../types';

/**
 * The lookup contract: what the card (in the page) and the popup's search box render for a word or
 * name the reader picked. Plain data, built from an `Analysis` by `buildLookup`; the renderers only
 * ever put these strings into text nodes.
 */

/** What the reader asked about: a selection, or a link's text and target. */
export interface LookupTarget {
  text: string;
  /** Set when the lookup came from a link's context menu. */
  linkUrl?: string;
}

/** One place the looked-up name appears, with its sentence. Offsets are into `article.text`. */
export interface LookupOccurrence {
  /** The words as written at this place ("ISIS", "the Soufan Group"). */
  text: string;
  start: number;
  end: number;
  sentence: string;
  /** Where `text` starts inside `sentence` (a sentence can hold the name twice). */
  at: number;
}

export interface LookupEntity {
  /** The name Lede merged the mentions under. */
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface LookupResult {
  /** The query after cleanup (trimmed, whitespace collapsed, capped), or "" when nothing usable was given. */
  query: string;
  /** True when the selection was cut to the length cap. */
  truncated: boolean;
  entity: LookupEntity | null;
  /** How the article describes it ("U.S. security advisory firm"), most specific first, de-duplicated. */
  descriptions: string[];
  /** Set when the selection names the article's own publisher. */
  publisher: Publisher | null;
  occurrences: LookupOccurrence[];
  /** Occurrences beyond the ones listed (the list is capped). */
  moreOccurrences: number;
  link: { text: string; url: string } | null;
  /** The article's language (primary subtag), for the encyclopedia. */
  lang: string | null;
  /** Names of the article's other leading entities: context for disambiguation. */
  context: string[];
}

/** A page summary as the encyclopedia returns it, reduced to the fields the card shows. */
export interface EncyclopediaSummary {
  title: string;
  description: string | null;
  extract: string;
  /** An https image address, or null. */
  thumbnail: string | null;
  /** The article's page on the encyclopedia (http or https), or null. */
  url: string | null;
}

export type EncyclopediaFailure =
  | 'disabled'
  | 'permission-needed'
  | 'offline'
  | 'not-found'
  | 'ambiguous'
  | 'timeout'
  | 'bad-response'
  | 'failed';

export type EncyclopediaResult =
  | { status: 'ok'; summary: EncyclopediaSummary; fromCache: boolean }
  | { status: EncyclopediaFailure; origin?: string; url?: string };
