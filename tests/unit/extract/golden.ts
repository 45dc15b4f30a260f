/**
 * Golden-file expectations for extraction fixtures: `tests/fixtures/extract/<slug>/expected.json` holds
 * `about` (what the page tests) and `expect`, whose keys are checked when present. Adding a case is
 * adding a folder.
 */
import type { Author, PageNote, PageSignals } from '../../../core/types';

export interface GoldenExpectation {
  url?: string;
  title?: string;
  byline?: string | null;
  authors?: Author[];
  siteName?: string | null;
  publisher?: string | null;
  publishedDate?: string | null;
  modifiedDate?: string | null;
  section?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  canonicalUrl?: string | null;
  fieldSources?: Record<string, string>;
  pageTypesInclude?: string[];
  signals?: Partial<Omit<PageSignals, 'reasons'>>;
  reasonsInclude?: string[];
  paragraphs?: number;
  textStartsWith?: string;
  textEndsWith?: string;
  textContains?: string[];
  textExcludes?: string[];
  htmlContains?: string[];
  htmlExcludes?: string[];
  notes?: Array<{ kind: PageNote['kind']; startsWith: string }>;
  image?: { url?: string; caption?: string; credit?: string } | null;
  links?: Array<{ href: string; text: string }>;
  minWords?: number;
}

export interface GoldenFile {
  about: string;
  expect: GoldenExpectation;
}
