import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Pages the end-to-end tests open, served from the repository (never from ../shared). */
const ROUTES: Record<string, string> = {
  '/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/': 'fixtures/seed-article/page.html',
  '/not-an-article/': 'e2e/pages/not-an-article.html',
  '/plain-article/': 'e2e/pages/plain-article.html',
};

export const SEED_PATH = '/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/';

export interface PageServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Serves the test pages on 127.0.0.1 at a free port. */
export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
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
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
