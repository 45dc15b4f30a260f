/**
 * Glue for the browser's own on-device summarizer (Chrome's `Summarizer` API, Gemini Nano), where there is
 * one. The core's extractive summary stays the default and the fallback: every failure here is a
 * `BuiltinSummarizerError` the caller catches before falling back. Nothing here runs in the CLI or in
 * Firefox, which have no such API; absence is detected without touching an undefined global.
 */
import { splitSentences } from '../core/text/sentences';

export type BuiltinAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type BuiltinSummaryLength = 'short' | 'medium' | 'long';
export type BuiltinSummaryType = 'key-points' | 'tldr';

export type BuiltinFailure = 'unavailable' | 'timeout' | 'aborted' | 'failed' | 'empty';

/** Why the built-in summarizer gave nothing; the caller shows the extractive summary instead. */
export class BuiltinSummarizerError extends Error {
  readonly reason: BuiltinFailure;

  constructor(reason: BuiltinFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BuiltinSummarizerError';
    this.reason = reason;
  }
}

export interface BuiltinSummarizeOptions {
  length?: BuiltinSummaryLength;
  type?: BuiltinSummaryType;
  /** Model download progress, 0..1, while the browser fetches the model. */
  onProgress?: (loaded: number) => void;
  signal?: AbortSignal;
  /** Gives up after this long, download included. Default 60 s. */
  timeoutMs?: number;
  /** Longer input is cut at a paragraph boundary before this many characters. Default 12,000. */
  maxChars?: number;
}

/** The part of the API this module uses (Chrome 138+, https://developer.chrome.com/docs/ai/summarizer-api). */
interface SummarizerInstance {
  summarize(text: string, options?: { signal?: AbortSignal; context?: string }): Promise<string>;
  destroy?(): void;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

interface SummarizerStatic {
  availability(options?: Record<string, unknown>): Promise<string>;
  create(options: {
    type: BuiltinSummaryType;
    format: 'plain-text';
    length: BuiltinSummaryLength;
    signal?: AbortSignal;
    monitor?: (monitor: DownloadMonitor) => void;
  }): Promise<SummarizerInstance>;
}

function summarizerApi(): SummarizerStatic | null {
  if (typeof (globalThis as { Summarizer?: unknown }).Summarizer === 'undefined') return null;
  const api = (globalThis as { Summarizer?: unknown }).Summarizer as Partial<SummarizerStatic> | null;
  return api && typeof api.availability === 'function' && typeof api.create === 'function'
    ? (api as SummarizerStatic)
    : null;
}

const KNOWN: readonly BuiltinAvailability[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** Whether the browser can summarize on device now, after a download, or not at all. Never throws. */
export async function builtinSummarizerAvailability(
  options: { type?: BuiltinSummaryType; length?: BuiltinSummaryLength } = {},
): Promise<BuiltinAvailability> {
  const api = summarizerApi();
  if (!api) return 'unavailable';
  try {
    const status = await api.availability({
      type: options.type ?? 'key-points',
      format: 'plain-text',
      length: options.length ?? 'short',
    });
    return (KNOWN as readonly string[]).includes(status) ? (status as BuiltinAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Key points or a tl;dr as plain sentences: bullet markers and blank lines removed. */
export function summaryLines(output: string, type: BuiltinSummaryType): string[] {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/u, '').trim())
    .filter((line) => line !== '');
  if (type === 'key-points') return lines;
  return lines.flatMap((line) => splitSentences(line).map((s) => s.text));
}

function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf('\n\n', maxChars);
  return text.slice(0, cut > maxChars / 2 ? cut : maxChars);
}

/**
 * Summarizes `text` with the browser's model. Resolves to the points (or sentences) it wrote; rejects with
 * `BuiltinSummarizerError` when the API is missing or unusable, on abort, on timeout, or on empty output.
 */
export async function summarizeWithBuiltin(text: string, options: BuiltinSummarizeOptions = {}): Promise<string[]> {
  const api = summarizerApi();
  if (!api) throw new BuiltinSummarizerError('unavailable', 'This browser has no built-in summarizer.');
  const type = options.type ?? 'key-points';
  const length = options.length ?? 'short';
  if ((await builtinSummarizerAvailability({ type, length })) === 'unavailable') {
    throw new BuiltinSummarizerError('unavailable', 'The built-in summarizer is not available on this device.');
  }
  if (options.signal?.aborted) throw new BuiltinSummarizerError('aborted', 'Summarizing was cancelled.');

  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let summarizer: SummarizerInstance | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new BuiltinSummarizerError('timeout', 'The built-in summarizer took too long.'));
      controller.abort();
    }, options.timeoutMs ?? 60_000);
    controller.signal.addEventListener('abort', () => {
      reject(new BuiltinSummarizerError('aborted', 'Summarizing was cancelled.'));
    });
  });
  // Whichever settles first wins; keep the loser from surfacing as an unhandled rejection.
  stopped.catch(() => undefined);

  try {
    const work = (async (): Promise<string> => {
      summarizer = await api.create({
        type,
        format: 'plain-text',
        length,
        signal: controller.signal,
        monitor(monitor) {
          monitor.addEventListener('downloadprogress', (event) => {
            if (typeof event.loaded === 'number') options.onProgress?.(Math.min(1, Math.max(0, event.loaded)));
          });
        },
      });
      if (controller.signal.aborted) {
        // Created after a timeout or cancel already returned: release it here, nobody else will.
        summarizer.destroy?.();
        throw new BuiltinSummarizerError('aborted', 'Summarizing was cancelled.');
      }
      return summarizer.summarize(clip(text, options.maxChars ?? 12_000), { signal: controller.signal });
    })();
    work.catch(() => undefined);
    const output = await Promise.race([work, stopped]);
    const lines = typeof output === 'string' ? summaryLines(output, type) : [];
    if (lines.length === 0) throw new BuiltinSummarizerError('empty', 'The built-in summarizer returned nothing.');
    return lines;
  } catch (error) {
    if (error instanceof BuiltinSummarizerError) throw error;
    if (controller.signal.aborted)
      throw new BuiltinSummarizerError('aborted', 'Summarizing was cancelled.', { cause: error });
    throw new BuiltinSummarizerError('failed', 'The built-in summarizer failed.', { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    try {
      summarizer?.destroy?.();
    } catch {
      // Nothing more to release.
    }
  }
}
