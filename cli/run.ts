import { analyzeDocument, analyzeText } from '../core/analyze';
import type { Analysis } from '../core/types';
import { parseHtml } from './parse-html';

export interface InputRecord {
  id: string;
  html?: string;
  text?: string;
  url?: string;
}

export interface BatchError {
  code: 'invalid-json' | 'invalid-input' | 'missing-input' | 'too-large' | 'analysis-failed';
  message: string;
}

export type BatchLine =
  | { id: string; ok: true; result: Analysis }
  | { id: string | null; ok: false; error: BatchError };

/** Inputs above this size are refused rather than risk the whole batch. */
export const MAX_INPUT_CHARS = 50_000_000;

export interface RunOptions {
  text: boolean;
  sentences?: number;
}

/** Analyzes one page (HTML) or, with `text`, one plain text. */
export async function analyzeInput(content: string, url: string | undefined, options: RunOptions): Promise<Analysis> {
  if (options.text) return analyzeText(content, { url, sentences: options.sentences });
  const doc = parseHtml(content, url);
  return analyzeDocument(doc, { url, sentences: options.sentences });
}

const fail = (id: string | null, code: BatchError['code'], message: string): BatchLine => ({
  id,
  ok: false,
  error: { code, message },
});

/** Handles one JSON line of `lede batch`; never throws, so one bad input never stops the batch. */
export async function runBatchLine(line: string, options: RunOptions): Promise<BatchLine> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return fail(null, 'invalid-json', 'The line is not valid JSON.');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return fail(null, 'invalid-input', 'Each line must be a JSON object.');
  const { id, html, text, url } = record as Record<string, unknown>;
  const safeId = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  if (safeId === null) return fail(null, 'invalid-input', 'The "id" field must be a string or a number.');
  if (url !== undefined && typeof url !== 'string') return fail(safeId, 'invalid-input', '"url" must be a string.');
  const useText = options.text || (typeof text === 'string' && html === undefined);
  const content = useText ? text : html;
  if (typeof content !== 'string')
    return fail(safeId, 'missing-input', useText ? 'No "text" string in this line.' : 'No "html" string in this line.');
  if (content.length > MAX_INPUT_CHARS)
    return fail(safeId, 'too-large', `The input has ${content.length} characters; the limit is ${MAX_INPUT_CHARS}.`);
  try {
    const result = await analyzeInput(content, url as string | undefined, { ...options, text: useText });
    return { id: safeId, ok: true, result };
  } catch (error) {
    return fail(safeId, 'analysis-failed', error instanceof Error ? error.message : String(error));
  }
}
