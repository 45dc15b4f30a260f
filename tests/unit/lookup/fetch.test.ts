import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FETCH_TIMEOUT_MS, lookupEncyclopedia } from '../../../utils/encyclopedia';

const BASE = 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/';
const page = (title: string, extract: string, type = 'standard') => ({ type, title, extract });

function answer(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('fetching encyclopedia summaries in the background', () => {
  let granted: boolean;
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(async () => {
    fakeBrowser.reset();
    granted = true;
    (fakeBrowser.permissions as unknown as { contains: unknown }).contains = vi.fn(async () => granted);
    await fakeBrowser.storage.sync.set({ networkLookups: { enabled: true, baseUrl: BASE, language: 'auto' } });
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks nothing when lookups are off or the host is not granted', async () => {
    await fakeBrowser.storage.sync.set({ networkLookups: { enabled: false, baseUrl: BASE, language: 'auto' } });
    expect(await lookupEncyclopedia('Soufan', 'en', [])).toEqual({ status: 'disabled' });
    await fakeBrowser.storage.sync.set({ networkLookups: { enabled: true, baseUrl: BASE, language: 'auto' } });
    granted = false;
    expect(await lookupEncyclopedia('Soufan', 'de', [])).toEqual({
      status: 'permission-needed',
      origin: 'https://de.wikipedia.org/*',
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('follows the article language, or the language the settings fix, and caches the answer', async () => {
    fetchMock.mockResolvedValue(answer(200, page('Die Soufan Group', 'Ein Beratungsunternehmen.')));
    const first = await lookupEncyclopedia('The Soufan Group', 'de', []);
    expect(first).toMatchObject({ status: 'ok', fromCache: false, summary: { title: 'Die Soufan Group' } });
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(
      'https://de.wikipedia.org/api/rest_v1/page/summary/The_Soufan_Group',
    );
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
    const second = await lookupEncyclopedia('The Soufan Group', 'de', []);
    expect(second).toMatchObject({ status: 'ok', fromCache: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await fakeBrowser.storage.sync.set({ networkLookups: { enabled: true, baseUrl: BASE, language: 'es' } });
    await lookupEncyclopedia('The Soufan Group', 'de', []);
    expect(String(fetchMock.mock.calls[1]?.[0])).toContain('https://es.wikipedia.org/');
  });

  it('turns 404, malformed JSON, a server error and a network failure into statuses', async () => {
    fetchMock.mockResolvedValueOnce(answer(404, { type: 'not_found' }));
    expect((await lookupEncyclopedia('Nowhere', 'en', [])).status).toBe('not-found');
    fetchMock.mockResolvedValueOnce(answer(200, '{"title": "Libya", "extract":'));
    expect((await lookupEncyclopedia('Libya', 'en', [])).status).toBe('bad-response');
    fetchMock.mockResolvedValueOnce(answer(200, { unexpected: true }));
    expect((await lookupEncyclopedia('Odd', 'en', [])).status).toBe('bad-response');
    fetchMock.mockResolvedValueOnce(answer(503, 'busy'));
    expect((await lookupEncyclopedia('Busy', 'en', [])).status).toBe('failed');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect((await lookupEncyclopedia('Offline', 'en', [])).status).toBe('offline');
  });

  it('gives up after the timeout on a slow answer', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const pending = lookupEncyclopedia('Slow', 'en', []);
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS + 10);
    expect((await pending).status).toBe('timeout');
  });

  it('resolves a disambiguation page with the article’s other entities, or says it is ambiguous', async () => {
    fetchMock.mockImplementation(async (url) => {
      const title = decodeURIComponent(String(url).split('/').pop() ?? '');
      if (title === 'Mercury') return answer(200, page('Mercury', 'Mercury may refer to:', 'disambiguation'));
      if (title === 'Mercury_(NASA)')
        return answer(200, page('Mercury program', 'Project Mercury was NASA’s first human spaceflight program.'));
      return answer(404, {});
    });
    const resolved = await lookupEncyclopedia('Mercury', 'en', ['Freddie Mercury', 'NASA']);
    expect(resolved).toMatchObject({ status: 'ok', summary: { title: 'Mercury program' } });
    const ambiguous = await lookupEncyclopedia('Mercury', 'en', ['Queen']);
    expect(ambiguous.status).toBe('ambiguous');
  });
});
