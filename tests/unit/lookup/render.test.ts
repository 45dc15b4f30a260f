// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderEncyclopedia, renderLookup } from '../../../components/lookup/render-lookup';
import { buildLookup } from '../../../core/lookup/build';
import type { EncyclopediaResult } from '../../../core/lookup/types';
import { storyAnalysis } from './helpers';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join('|')}` : key) },
}));

const handlers = {
  networkEnabled: true,
  onOccurrence: vi.fn(),
  onEncyclopedia: vi.fn(async (): Promise<EncyclopediaResult> => ({ status: 'not-found' })),
  onGrant: vi.fn(async () => undefined),
};

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('rendering a lookup', () => {
  it('shows type, merged name, description and clickable occurrences', () => {
    const lookup = buildLookup(storyAnalysis(), { text: 'Soufan Group' });
    const root = renderLookup(document, lookup, handlers);
    expect(root.querySelector('.lk-type')?.textContent).toBe('lookup.type.organization');
    expect(root.querySelector('.lk-merged')?.textContent).toBe('lookup.mergedAs:The Soufan Group');
    expect(root.querySelector('.lk-description')?.textContent).toBe('U.S. security advisory firm');
    const buttons = root.querySelectorAll<HTMLButtonElement>('.lk-occurrence');
    expect(buttons).toHaveLength(2);
    expect(buttons[1]?.querySelector('mark')?.textContent).toBe('the Soufan Group');
    const isis = renderLookup(document, buildLookup(storyAnalysis(), { text: 'ISIS' }), handlers);
    const marks = Array.from(isis.querySelectorAll('.lk-occurrence')).map((b) => {
      const mark = b.querySelector('mark') as HTMLElement;
      return (mark.previousSibling?.textContent ?? '').length;
    });
    expect(marks[1]).toBe(0);
    expect(marks[2]).toBeGreaterThan(0); // the second ISIS of the same sentence
    buttons[1]?.click();
    expect(handlers.onOccurrence).toHaveBeenCalledWith(lookup.occurrences[1], 1);
  });

  it('renders a hostile selection and page text as text, never as markup', () => {
    const lookup = buildLookup(storyAnalysis(), { text: HOSTILE });
    const root = renderLookup(document, lookup, handlers);
    document.body.replaceChildren(root);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain('<script>');
  });

  it('renders a hostile encyclopedia answer as text, with no image unless https', () => {
    const slot = document.createElement('div');
    renderEncyclopedia(
      document,
      slot,
      {
        status: 'ok',
        fromCache: false,
        summary: {
          title: HOSTILE,
          description: '<b onmouseover="x()">bold</b>',
          extract: HOSTILE,
          thumbnail: 'javascript:alert(1)',
          url: 'javascript:alert(1)',
        },
      },
      () => undefined,
      handlers,
    );
    expect(slot.querySelectorAll('img, script, b, a')).toHaveLength(0);
    expect(slot.textContent).toContain('<script>window.__pwned=1</script>');
    expect(slot.textContent).toContain('<b onmouseover="x()">bold</b>');
  });

  it('shows an https thumbnail as an image and the page link', () => {
    const slot = document.createElement('div');
    renderEncyclopedia(
      document,
      slot,
      {
        status: 'ok',
        fromCache: true,
        summary: {
          title: 'T',
          description: null,
          extract: 'E',
          thumbnail: 'https://img.example/t.png',
          url: 'https://en.wikipedia.org/wiki/T',
        },
      },
      () => undefined,
      handlers,
    );
    expect(slot.querySelector('img')?.getAttribute('src')).toBe('https://img.example/t.png');
    expect(slot.querySelector('a')?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/T');
    expect(slot.querySelector('a')?.rel).toContain('noopener');
    expect(slot.textContent).toContain('lookup.encyclopedia.cached');
  });

  it('gives each failure its own line, and a grant button when permission is needed', async () => {
    const lines = new Set<string>();
    for (const status of [
      'offline',
      'not-found',
      'ambiguous',
      'timeout',
      'bad-response',
      'failed',
      'disabled',
    ] as const) {
      const slot = document.createElement('div');
      renderEncyclopedia(document, slot, { status }, () => undefined, handlers);
      expect(slot.dataset.status).toBe(status);
      lines.add(slot.querySelector('.lk-line')?.textContent ?? '');
    }
    expect(lines.size).toBe(7);

    const slot = document.createElement('div');
    const retry = vi.fn();
    const onGrant = vi.fn(async () => true);
    renderEncyclopedia(document, slot, { status: 'permission-needed', origin: 'https://en.wikipedia.org/*' }, retry, {
      onGrant,
    });
    expect(slot.textContent).toContain('en.wikipedia.org');
    slot.querySelector<HTMLButtonElement>('.lk-button')?.click();
    await vi.waitFor(() => expect(retry).toHaveBeenCalled());
    expect(onGrant).toHaveBeenCalledWith('https://en.wikipedia.org/*');
  });

  it('never leaves the encyclopedia loading forever: a failed request ends in a line', async () => {
    const lookup = buildLookup(storyAnalysis(), { text: 'Pakistan' });
    const root = renderLookup(document, lookup, {
      ...handlers,
      onEncyclopedia: () => Promise.reject(new Error('gone')),
    });
    root.querySelector<HTMLButtonElement>('.lk-ency .lk-button')?.click();
    const slot = root.querySelector<HTMLElement>('.lk-ency-body');
    expect(slot?.dataset.status).toBe('loading');
    await vi.waitFor(() => expect(slot?.dataset.status).toBe('failed'));
  });

  it('says so for an empty selection, and notes the missing dictionary for a plain word', () => {
    expect(renderLookup(document, buildLookup(storyAnalysis(), { text: ' ' }), handlers).textContent).toBe(
      'lookup.emptyQuery',
    );
    const word = renderLookup(document, buildLookup(storyAnalysis(), { text: 'attack' }), handlers);
    expect(word.textContent).toContain('lookup.noDictionary');
    expect(renderLookup(document, buildLookup(storyAnalysis(), { text: 'zeppelin' }), handlers).textContent).toContain(
      'lookup.notFound:zeppelin',
    );
  });
});
