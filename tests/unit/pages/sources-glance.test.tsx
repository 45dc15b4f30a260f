// @vitest-environment jsdom
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glanceText } from '../../../components/SourcesGlance';
import { SourcesSection } from '../../../components/SourcesSection';
import { type GlanceFacts, glanceLine } from '../../../core/sources/glance';
import type { Sources } from '../../../core/types';
import { messageKey } from '../../../utils/format';

const EMPTY_SOURCES: Sources = {
  publisher: null,
  labels: [],
  authors: [],
  citations: [],
  unattributed: [],
  links: [],
  glance: '',
};

/** The popup's overview line of the sources, put in the reader's language from the same facts as the CLI's. */

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Answers getMessage from a locale file, as the browser does from the built extension's messages. */
async function useLocale(lang: string): Promise<Record<string, { message: string }>> {
  const messages = generateChromeMessages(await parseMessagesFile(path.join(ROOT, 'locales', `${lang}.yml`)));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const message = messages[name]?.message ?? '';
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
  return messages;
}

const FACTS: GlanceFacts[] = [
  { sources: 0, kinds: [], claims: 0, labels: [], unlisted: false },
  {
    sources: 4,
    kinds: [
      { kind: 'person', count: 2, quotes: 5 },
      { kind: 'organization', count: 1, quotes: 1 },
      { kind: 'anonymous', count: 1, quotes: 0 },
    ],
    claims: 2,
    labels: [{ label: 'newswire', evidence: 'All content created by', by: 'Daily Caller News Foundation' }],
    unlisted: true,
  },
  {
    sources: 1,
    kinds: [{ kind: 'outlet', count: 1, quotes: 1 }],
    claims: 1,
    labels: [
      { label: 'opinion', evidence: 'Opinion', by: 'Jane Roe' },
      { label: 'editors-note', evidence: "Editor's note" },
    ],
    unlisted: false,
  },
];

describe('the sources overview line', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('says in English exactly what the CLI’s glance says', async () => {
    await useLocale('en');
    for (const facts of FACTS) expect(glanceText(facts)).toBe(glanceLine(facts));
  });

  it.each(['de', 'es', 'ar', 'he'])('is written whole in %s, in no English', async (lang) => {
    await useLocale(lang);
    for (const facts of FACTS) {
      const line = glanceText(facts);
      expect(line).not.toMatch(/\b(?:Cites|sources?|people|quotes?|attribution|Newswire|Publisher)\b/);
      expect(line).not.toMatch(/\(\)|^\s|\s{2}/);
    }
    expect(glanceText(FACTS[1] as GlanceFacts)).toContain('(Daily Caller News Foundation)');
  });
});

describe('the publisher card', () => {
  it.each(['en', 'de', 'es', 'ar', 'he'])('names every kind of outlet in %s', async (lang) => {
    const messages = await useLocale(lang);
    const kinds = [
      'newspaper',
      'broadcaster',
      'newswire',
      'magazine',
      'digital',
      'blog',
      'state-media',
      'satire',
      'fact-checker',
      'government',
      'academic',
      'other',
    ] as const;
    const host = document.createElement('div');
    const shown = new Set<string>();
    for (const kind of kinds) {
      const publisher = {
        name: 'The Example Gazette',
        domain: 'example.test',
        kind,
        ratings: [],
        from: ['page' as const],
      };
      render(<SourcesSection sources={{ ...EMPTY_SOURCES, publisher }} onShowInPage={() => undefined} />, host);
      const text = host.querySelector('#publisher-card .kind')?.textContent ?? '';
      expect(text).toBe(` · ${messages[`sources_publisherKind_${messageKey(kind)}`]?.message}`);
      expect(text).not.toBe(' · ');
      shown.add(text);
    }
    // Each kind has its own words.
    expect(shown.size).toBe(kinds.length);
    render(null, host);
  });
});
