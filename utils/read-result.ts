import type { Analysis, Article } from '../core/types';
import type { PageSnapshot } from './page-snapshot';

/** Why a page could not be read, in words the popup turns into a plain explanation. */
export type ReadErrorCode =
  | 'restricted-page' // chrome://, about:, the web stores, the PDF viewer
  | 'no-tab' // the tab closed or cannot be found
  | 'tab-discarded' // the browser unloaded the tab to save memory; reloading it brings the page back
  | 'injection-failed' // the browser refused to run the reader script
  | 'extraction-failed' // the snapshot could not be taken or extracted
  | 'invalid-reply' // the reader script's answer did not validate
  | 'timeout';

export interface ReadError {
  code: ReadErrorCode;
  message: string;
  /** For 'tab-discarded': the unloaded tab to reload (Chrome gives a tab a new id when it unloads it). */
  tabId?: number;
}

/** What reading a tab gives Lede's pages: the extracted article, or why it could not be read. */
export type ReadResult = { ok: true; article: Article; extractMs: number } | { ok: false; error: ReadError };

/** A failed read, for every step that can fail: injecting, answering, extracting. */
export const readFailure = (code: ReadErrorCode, message: string): { ok: false; error: ReadError } => ({
  ok: false,
  error: { code, message },
});

/** What the reader script returns from the page: a snapshot to extract from, or why it could not take one. */
export type SnapshotReply = { ok: true; snapshot: PageSnapshot } | { ok: false; message: string };

/** What analyzing a tab gives Lede's pages: the whole analysis, or why the tab could not be read. */
export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; error: ReadError };
