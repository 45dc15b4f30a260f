import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { webUrl } from '../../../core/extract/dom';
import { extractArticle } from '../../../core/extract/index';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story: the harbour council met on Tuesday and Mayor Ana Ruiz said the sea wall would be repaired before the spring tides.</p>`,
).join('');

const UNSAFE = /javascript:|vbscript:|data:/i;

describe('unsafe URLs in metadata', () => {
  it('drops javascript:, data: and vbscript: URLs from the canonical URL, lead image and authors', () => {
    const jsonLd = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Sea wall to be repaired',
      image: { url: 'vbscript:msgbox(1)' },
      author: [
        { '@type': 'Person', name: 'Ana Ruiz', url: 'javascript:alert(1)' },
        { '@type': 'Person', name: 'Ben Ode', url: 'data:text/html,<script>alert(1)</script>' },
      ],
    });
    const html = `<html><head><title>Sea wall to be repaired</title>
      <link rel="canonical" href="javascript:alert(document.domain)">
      <meta property="og:url" content=" java\tscript:alert(1)">
      <meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>">
      <script type="application/ld+json">${jsonLd}</script></head>
      <body><article><h1>Sea wall to be repaired</h1>
      <div class="byline">By <a rel="author" href="javascript:alert(1)">Ana Ruiz</a></div>${STORY}</article></body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://example.com/2024/01/02/sea-wall/' });
    expect(article.canonicalUrl).toBeNull();
    expect(article.image).toBeNull();
    expect(article.authors.map((a) => a.name)).toContain('Ana Ruiz');
    for (const author of article.authors) expect(author.url).toBeUndefined();
    expect(JSON.stringify(article)).not.toMatch(UNSAFE);
  });

  it('keeps web addresses, resolved against the page', () => {
    const html = `<html><head><title>Sea wall</title><link rel="canonical" href="/2024/01/02/sea-wall/">
      <meta property="og:image" content="//cdn.example.com/wall.jpg"></head>
      <body><article>${STORY}</article></body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://example.com/2024/01/02/sea-wall/?ref=x' });
    expect(article.canonicalUrl).toBe('https://example.com/2024/01/02/sea-wall/');
    expect(article.image?.url).toBe('https://cdn.example.com/wall.jpg');
  });

  it('ignores an unsafe page URL given by the caller', () => {
    const article = extractArticle(parseHtml(`<html><body><article>${STORY}</article></body></html>`), {
      url: 'javascript:alert(1)',
    });
    expect(article.url).toBeNull();
  });

  it('webUrl accepts only http and https', () => {
    expect(webUrl('JaVaScRiPt:alert(1)', 'https://example.com/')).toBeNull();
    expect(webUrl('\u0001javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(webUrl('data:text/html,hi', null)).toBeNull();
    expect(webUrl('vbscript:x', null)).toBeNull();
    expect(webUrl('/a', 'https://example.com/b')).toBe('https://example.com/a');
  });
});
