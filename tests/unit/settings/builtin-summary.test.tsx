// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SummaryPanel } from '../../../components/SummaryPanel';
import type { Summary } from '../../../core/types';
import { waitForPendingPaints } from '../support/preact-paint';

/** The `builtinSummarizer` setting's effect on the popup: a fake of Chrome's Summarizer API stands in. */

const EXTRACTIVE: Summary = {
  method: 'extractive',
  sentences: [
    { text: 'First sentence from the article.', start: 0, end: 32 },
    { text: 'Second sentence from the article.', start: 33, end: 66 },
  ],
};

interface FakeOptions {
  availability: string;
  output?: string;
  fail?: boolean;
  /** Holds the model "download" open until it resolves. */
  gate?: Promise<void>;
}

function installSummarizer({ availability, output = '- Point one.\n- Point two.', fail = false, gate }: FakeOptions) {
  const create = vi.fn(
    async (options: {
      monitor?: (m: { addEventListener: (t: string, l: (e: { loaded: number }) => void) => void }) => void;
    }) => {
      options.monitor?.({
        addEventListener: (_type, listener) => {
          listener({ loaded: 0.5 });
        },
      });
      await gate;
      if (fail) throw new Error('model crashed');
      return { summarize: async () => output, destroy: () => undefined };
    },
  );
  (globalThis as { Summarizer?: unknown }).Summarizer = { availability: async () => availability, create };
  return create;
}

let host: HTMLElement;

async function show(useBuiltin: boolean) {
  await act(() => {
    render(
      <SummaryPanel
        summary={EXTRACTIVE}
        text="First sentence. Second sentence."
        useBuiltin={useBuiltin}
        length="short"
      />,
      host,
    );
  });
}

afterAll(waitForPendingPaints);

describe('the browser’s built-in summarizer in the popup', () => {
  beforeEach(() => {
    // WXT's fake browser has no i18n; message keys stand in for the English text.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    delete (globalThis as { Summarizer?: unknown }).Summarizer;
  });

  it('is not asked when the setting is off, even where it is available', async () => {
    const create = installSummarizer({ availability: 'available' });
    await show(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(create).not.toHaveBeenCalled();
    expect(host.querySelectorAll('#summary-list li')).toHaveLength(2);
    expect(host.querySelector('#builtin-summary')).toBeNull();
  });

  it('shows the generated summary, labelled, with the extractive one kept below', async () => {
    installSummarizer({ availability: 'available' });
    await show(true);
    await vi.waitFor(() => expect(host.querySelector('#builtin-summary')).not.toBeNull());
    const points = [...host.querySelectorAll('.generated-list li')].map((li) => li.textContent);
    expect(points).toEqual(['Point one.', 'Point two.']);
    expect(host.querySelector('#builtin-summary .note')).not.toBeNull();
    expect(host.querySelectorAll('details #summary-list li')).toHaveLength(2);
  });

  it('falls back to the extractive summary when the model fails', async () => {
    installSummarizer({ availability: 'available', fail: true });
    await show(true);
    await vi.waitFor(() => expect(host.querySelector('#builtin-fallback')).not.toBeNull());
    expect(host.querySelectorAll('#summary-list li')).toHaveLength(2);
    expect(host.querySelector('#builtin-summary')).toBeNull();
  });

  it('falls back silently where the browser has no summarizer', async () => {
    await show(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.querySelectorAll('#summary-list li')).toHaveLength(2);
    expect(host.querySelector('#builtin-download, #builtin-fallback, #builtin-summary')).toBeNull();
  });

  it('downloads the model only when the reader presses the button, showing progress', async () => {
    let finishDownload: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      finishDownload = resolve;
    });
    const create = installSummarizer({ availability: 'downloadable', gate });
    await show(true);
    await vi.waitFor(() => expect(host.querySelector('#builtin-download')).not.toBeNull());
    expect(create).not.toHaveBeenCalled();
    expect(host.querySelectorAll('#summary-list li')).toHaveLength(2);
    await act(() => (host.querySelector('#builtin-download') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(host.querySelector('progress')?.value).toBe(0.5));
    finishDownload();
    await vi.waitFor(() => expect(host.querySelector('#builtin-summary')).not.toBeNull());
    expect(host.querySelector('progress')).toBeNull();
  });
});
