import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BuiltinSummarizerError,
  builtinSummarizerAvailability,
  summarizeWithBuiltin,
  summaryLines,
} from '../../utils/builtin-summarizer';

type Listener = (event: { loaded: number }) => void;

/** A stand-in for Chrome's `Summarizer`, installed on globalThis for one test. */
function installStandIn(options: {
  availability?: string | (() => Promise<string>);
  output?: string | ((text: string, signal?: AbortSignal) => Promise<string>);
  progress?: number[];
  createError?: Error;
}) {
  const destroy = vi.fn();
  const summarize = vi.fn(async (text: string, opts?: { signal?: AbortSignal }) =>
    typeof options.output === 'function' ? options.output(text, opts?.signal) : (options.output ?? ''),
  );
  const create = vi.fn(
    async (createOptions: { monitor?: (m: { addEventListener: (t: string, l: Listener) => void }) => void }) => {
      if (options.createError) throw options.createError;
      const listeners: Listener[] = [];
      createOptions.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      for (const loaded of options.progress ?? []) for (const l of listeners) l({ loaded });
      return { summarize, destroy };
    },
  );
  const availability = vi.fn(async () =>
    typeof options.availability === 'function' ? options.availability() : (options.availability ?? 'available'),
  );
  (globalThis as Record<string, unknown>).Summarizer = { availability, create };
  return { availability, create, summarize, destroy };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Summarizer;
  vi.useRealTimers();
});

async function failure(promise: Promise<unknown>): Promise<BuiltinSummarizerError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BuiltinSummarizerError);
    return error as BuiltinSummarizerError;
  }
  throw new Error('expected a BuiltinSummarizerError');
}

describe('without the API (Firefox, older Chrome, Node)', () => {
  it('reports unavailable and fails with a typed error', async () => {
    expect(typeof (globalThis as Record<string, unknown>).Summarizer).toBe('undefined');
    await expect(builtinSummarizerAvailability()).resolves.toBe('unavailable');
    expect((await failure(summarizeWithBuiltin('Some text.'))).reason).toBe('unavailable');
  });

  it('treats a malformed global as absent', async () => {
    (globalThis as Record<string, unknown>).Summarizer = { availability: 'yes' };
    await expect(builtinSummarizerAvailability()).resolves.toBe('unavailable');
  });
});

describe('with a stand-in Summarizer', () => {
  it('passes the availability through and maps unknown or failing answers to unavailable', async () => {
    installStandIn({ availability: 'downloadable' });
    await expect(builtinSummarizerAvailability()).resolves.toBe('downloadable');
    installStandIn({ availability: 'readily' });
    await expect(builtinSummarizerAvailability()).resolves.toBe('unavailable');
    installStandIn({ availability: () => Promise.reject(new Error('boom')) });
    await expect(builtinSummarizerAvailability()).resolves.toBe('unavailable');
  });

  it('returns key points without their bullets, reports download progress and releases the model', async () => {
    const api = installStandIn({
      output: '* Prices rose 3%.\n\n* Wages fell.\n- Rents doubled.',
      progress: [0, 0.5, 1],
    });
    const progress: number[] = [];
    const points = await summarizeWithBuiltin('Long article text.', {
      length: 'medium',
      onProgress: (p) => progress.push(p),
    });
    expect(points).toEqual(['Prices rose 3%.', 'Wages fell.', 'Rents doubled.']);
    expect(progress).toEqual([0, 0.5, 1]);
    expect(api.create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'key-points', format: 'plain-text', length: 'medium' }),
    );
    expect(api.destroy).toHaveBeenCalledTimes(1);
  });

  it('splits a tl;dr into sentences', async () => {
    installStandIn({ output: 'The U.S. economy grew. Jobs rose by 200,000.' });
    await expect(summarizeWithBuiltin('Text.', { type: 'tldr' })).resolves.toEqual([
      'The U.S. economy grew.',
      'Jobs rose by 200,000.',
    ]);
  });

  it('clips very long input at a paragraph boundary', async () => {
    const api = installStandIn({ output: 'A point.' });
    const text = `${'a'.repeat(80)}\n\n${'b'.repeat(80)}`;
    await summarizeWithBuiltin(text, { maxChars: 100 });
    expect(api.summarize.mock.calls[0]?.[0]).toBe('a'.repeat(80));
  });

  it('fails as unavailable when the device cannot run the model', async () => {
    const api = installStandIn({ availability: 'unavailable' });
    expect((await failure(summarizeWithBuiltin('Text.'))).reason).toBe('unavailable');
    expect(api.create).not.toHaveBeenCalled();
  });

  it('fails as failed when creating the summarizer throws', async () => {
    installStandIn({ createError: new Error('NotAllowedError: needs a user gesture') });
    const error = await failure(summarizeWithBuiltin('Text.'));
    expect(error.reason).toBe('failed');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('fails as empty on blank output', async () => {
    installStandIn({ output: ' \n * \n' });
    expect((await failure(summarizeWithBuiltin('Text.'))).reason).toBe('empty');
  });

  it('times out instead of hanging and releases the model', async () => {
    const api = installStandIn({ output: () => new Promise<string>(() => undefined) });
    const started = Date.now();
    expect((await failure(summarizeWithBuiltin('Text.', { timeoutMs: 50 }))).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(api.destroy).toHaveBeenCalled();
  });

  it('stops when the caller aborts, before or during the work', async () => {
    installStandIn({ output: 'A point.' });
    const before = new AbortController();
    before.abort();
    expect((await failure(summarizeWithBuiltin('Text.', { signal: before.signal }))).reason).toBe('aborted');

    let seenSignal: AbortSignal | undefined;
    installStandIn({
      output: (_text, signal) => {
        seenSignal = signal;
        return new Promise<string>(() => undefined);
      },
    });
    const during = new AbortController();
    const pending = summarizeWithBuiltin('Text.', { signal: during.signal, timeoutMs: 5000 });
    setTimeout(() => during.abort(), 10);
    expect((await failure(pending)).reason).toBe('aborted');
    expect(seenSignal?.aborted).toBe(true);
  });
});

describe('summaryLines', () => {
  it('strips numbered and bulleted markers', () => {
    expect(summaryLines('1. One.\n2) Two.\n• Three.', 'key-points')).toEqual(['One.', 'Two.', 'Three.']);
  });
});
