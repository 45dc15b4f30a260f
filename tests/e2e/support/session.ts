import { afterAll, beforeAll } from 'vitest';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import { type PageServer, startPageServer } from './server';

export interface BrowserSession {
  browser: ExtensionBrowser;
  server: PageServer;
}

/**
 * One browser with Lede loaded and one page server for a `describe` block: started before its tests,
 * closed after them. The fields are filled in by `beforeAll`, so read them inside tests only.
 */
export function useBrowserSession(name: BrowserName): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startPageServer();
    session.browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
