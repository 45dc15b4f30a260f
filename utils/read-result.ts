import type { Article } from '../core/types';

/** Why a page could not be read, in words the popup turns into a plain explanation. */
export type ReadErrorCode =
  | 'restricted-page' // chrome://, about:, the web stores, the PDF viewer
  | 'no-tab' // the tab closed or cannot be found
  | 'injection-failed' // the browser refused to run the reader script
  | 'extraction-failed' // the reader script ran but threw
  | 'invalid-reply' // the reader script's answer did not validate
  | 'timeout';

export interface ReadError {
  code: ReadErrorCode;
  message: string;
}

/** What the reader script returns from the page: the article, or why it could not be read. */
export type ReadResult = { ok: true; article: Article; extractMs: number } | { ok: false; error: ReadError };
