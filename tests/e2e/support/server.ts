import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { hugePageHtml, longArticleHtml } from './long-article';

const root = path.resolve(import.meta.dirname, '../..');

export const INFINITE_SCROLL_PATH = '/infinite/harbor-sea-wall';

/** Pages the end-to-end tests open, served from the repository (never from ../shared). */
const ROUTES: Record<string, string> = {
  '/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/': 'fixtures/seed-article/page.html',
  '/not-an-article/': 'e2e/pages/not-an-article.html',
  '/plain-article/': 'e2e/pages/plain-article.html',
  '/rtl-arabic/': 'e2e/pages/rtl-arabic.html',
  // A single-page app; its script moves to /spa/second-story with history.pushState.
  '/spa/': 'e2e/pages/spa.html',
  // An endless page: scrolling adds the next stories and moves the address along with history.replaceState.
  [INFINITE_SCROLL_PATH]: 'e2e/pages/infinite-scroll.html',
};

/**
 * A stand-in for the encyclopedia's page-summary endpoint (`{ENCYCLOPEDIA_PATH}{title}`): one title
 * answers, the others fail the ways the real service can (404, too slow, malformed JSON).
 */
export const ENCYCLOPEDIA_PATH = '/encyclopedia/page/summary/';
export const ENCYCLOPEDIA_SLOW_MS = 9_000;

const ENCYCLOPEDIA_ANSWERS: Record<string, (response: http.ServerResponse) => void> = {
  The_Soufan_Group: (response) =>
    sendJson(response, 200, {
      type: 'standard',
      title: 'The Soufan Group',
      displaytitle: '<b onmouseover="alert(1)">The Soufan Group</b>',
      description: 'Security consultancy <script>window.__pwned = true</script>',
      extract:
        'The Soufan Group is a security intelligence consultancy based in New York City. <img src=x onerror="window.__pwned=true">',
      extract_html: '<p><script>window.__pwned = true</script></p>',
      thumbnail: { source: 'javascript:alert(1)', width: 10, height: 10 },
      content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/The_Soufan_Group' } },
    }),
  Pakistan: (response) => sendJson(response, 404, { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found' }),
  Afghanistan: (response) => {
    setTimeout(
      () => sendJson(response, 200, { type: 'standard', title: 'Afghanistan', extract: 'Too late.' }),
      ENCYCLOPEDIA_SLOW_MS,
    );
  },
  Libya: (response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end('{"type":"standard","title":"Libya","extract":');
  },
};

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  response.end(JSON.stringify(body));
}

export const SEED_PATH = '/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/';

/**
 * Hostile pages (`tests/fixtures/hostile/<slug>.html`), served at `/hostile/<slug>/`. Their payloads
 * call back to this server under `PWNED_PATH`; `__ORIGIN__` in a fixture becomes the server's origin.
 */
export const HOSTILE_SLUGS = ['script-payloads', 'svg-mathml', 'tampered-prototypes', 'fake-messages'] as const;
export type HostileSlug = (typeof HOSTILE_SLUGS)[number];
export const hostilePath = (slug: HostileSlug): string => `/hostile/${slug}/`;
export const PWNED_PATH = '/pwned';

/** A 10,000-word article, generated (support/long-article.ts). */
export const LONG_ARTICLE_PATH = '/long-article/';
/** The long article's start followed by 20 MB of archive links (support/long-article.ts). */
export const HUGE_PAGE_PATH = '/huge-page/';
/** A page whose body never finishes arriving while the test runs: the browser keeps it loading. */
export const STALLED_PAGE_PATH = '/stalled-article/';
export const STALL_MS = 30_000;

export interface PageServer {
  origin: string;
  /** Every request the server saw, as path and query, in order. */
  requests: string[];
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Serves the test pages on 127.0.0.1 at a free port. */
export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  let origin = '';
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '/');
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.startsWith(PWNED_PATH)) {
      response.writeHead(204, { 'access-control-allow-origin': '*' });
      response.end();
      return;
    }
    const hostile = HOSTILE_SLUGS.find((slug) => hostilePath(slug) === pathname);
    if (hostile) {
      const html = readFileSync(path.join(root, 'fixtures/hostile', `${hostile}.html`), 'utf8');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html.replaceAll('__ORIGIN__', origin));
      return;
    }
    if (pathname.startsWith(ENCYCLOPEDIA_PATH)) {
      const answer = ENCYCLOPEDIA_ANSWERS[decodeURIComponent(pathname.slice(ENCYCLOPEDIA_PATH.length))];
      if (answer) answer(response);
      else sendJson(response, 404, { type: 'not_found' });
      return;
    }
    if (pathname === LONG_ARTICLE_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(longArticleHtml());
      return;
    }
    if (pathname === HUGE_PAGE_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(hugePageHtml());
      return;
    }
    if (pathname === STALLED_PAGE_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!DOCTYPE html><html><head><title>Still loading</title></head><body><p>The first paragraph.</p>');
      const timer = setTimeout(() => response.end('<p>The rest.</p></body></html>'), STALL_MS);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    const file = ROUTES[pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(path.join(root, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (pathname) => `${origin}${pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // a stalled page would otherwise hold the server open
        server.close(() => resolve());
      }),
  };
}
