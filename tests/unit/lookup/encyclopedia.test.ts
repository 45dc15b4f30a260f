import { describe, expect, it } from 'vitest';
import {
  disambiguationCandidates,
  fitsContext,
  originPattern,
  parseSummary,
  summaryUrl,
} from '../../../core/lookup/encyclopedia';

const WIKIPEDIA = 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/';

describe('the page-summary address', () => {
  it('puts the language in and the title as one encoded path segment', () => {
    expect(summaryUrl(WIKIPEDIA, 'de', 'The Soufan Group')).toBe(
      'https://de.wikipedia.org/api/rest_v1/page/summary/The_Soufan_Group',
    );
    expect(summaryUrl(WIKIPEDIA, 'en', 'AC/DC?x=1#y')).toBe(
      'https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC%3Fx%3D1%23y',
    );
    expect(summaryUrl('https://kiwix.example/content/wiki/summary/', 'en', 'Ünïcode name')).toBe(
      'https://kiwix.example/content/wiki/summary/%C3%9Cn%C3%AFcode_name',
    );
  });

  it('falls back to English for a malformed language and refuses empty titles and odd schemes', () => {
    expect(summaryUrl(WIKIPEDIA, 'evil.example/x', 'A')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/A');
    expect(summaryUrl(WIKIPEDIA, 'en', '   ')).toBeNull();
    expect(summaryUrl('javascript:alert(1)//', 'en', 'A')).toBeNull();
  });

  it('names the host permission to ask for', () => {
    expect(originPattern('https://en.wikipedia.org/api/rest_v1/page/summary/A')).toBe('https://en.wikipedia.org/*');
    expect(originPattern('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1/*');
    expect(originPattern('ftp://example.org/')).toBeNull();
  });
});

describe('reading a page-summary answer', () => {
  const good = {
    type: 'standard',
    title: 'The Soufan Group',
    displaytitle: '<i>ignored</i>',
    description: 'Security consultancy',
    extract: 'The Soufan Group is a security intelligence consultancy.',
    thumbnail: { source: 'https://upload.wikimedia.org/x.png' },
    content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/The_Soufan_Group' } },
  };

  it('keeps the plain-text fields, an https thumbnail and the page link', () => {
    expect(parseSummary(good)).toEqual({
      kind: 'ok',
      summary: {
        title: 'The Soufan Group',
        description: 'Security consultancy',
        extract: 'The Soufan Group is a security intelligence consultancy.',
        thumbnail: 'https://upload.wikimedia.org/x.png',
        url: 'https://en.wikipedia.org/wiki/The_Soufan_Group',
      },
    });
  });

  it('drops thumbnails and links that are not web addresses, and caps long fields', () => {
    const parsed = parseSummary({
      ...good,
      thumbnail: { source: 'http://insecure.example/x.png' },
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
      extract: 'x'.repeat(5_000),
    });
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect(parsed.summary.thumbnail).toBeNull();
    expect(parsed.summary.url).toBeNull();
    expect(parsed.summary.extract.length).toBeLessThanOrEqual(1_200);
  });

  it('keeps markup in text fields as literal text (the renderers put it in text nodes)', () => {
    const parsed = parseSummary({ ...good, description: '<script>alert(1)</script>' });
    expect(parsed.kind === 'ok' && parsed.summary.description).toBe('<script>alert(1)</script>');
  });

  it('recognises a disambiguation page and rejects malformed answers', () => {
    expect(parseSummary({ type: 'disambiguation', title: 'Mercury', extract: 'Mercury may refer to:' })).toEqual({
      kind: 'disambiguation',
      title: 'Mercury',
      url: null,
    });
    for (const bad of [
      null,
      'text',
      [],
      {},
      { title: 'No extract' },
      { title: 42, extract: 'x' },
      { title: ' ', extract: 'x' },
    ]) {
      expect(parseSummary(bad)).toEqual({ kind: 'bad' });
    }
  });
});

describe('disambiguation with the article’s other entities', () => {
  it('qualifies the title with the context names, skipping the name itself', () => {
    expect(disambiguationCandidates('Mercury', ['Mercury', 'NASA', 'The Solar System', 'Venus', 'Mars'])).toEqual([
      'Mercury (NASA)',
      'Mercury (Solar System)',
      'Mercury (Venus)',
    ]);
    expect(disambiguationCandidates('Mercury', [])).toEqual([]);
  });

  it('accepts a candidate only when it mentions the article’s context', () => {
    const summary = {
      title: 'Mercury (planet)',
      description: null,
      extract: 'Mercury is the closest planet to the Sun, studied by NASA.',
      thumbnail: null,
      url: null,
    };
    expect(fitsContext(summary, ['NASA'])).toBe(true);
    expect(fitsContext(summary, ['Queen', 'Freddie'])).toBe(false);
  });
});
