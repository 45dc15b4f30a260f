import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { chromium } from 'playwright-core';
import { extensionDir, CHROMIUM_PATH } from '/work/main/tests/e2e/support/browsers';
import { SEED_PATH, LONG_ARTICLE_PATH, startPageServer } from '/work/main/tests/e2e/support/server';
const server = await startPageServer();
const extension = extensionDir('chromium');
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'p-')), { executablePath: CHROMIUM_PATH, headless: false,
  args: ['--headless=new','--no-sandbox','--disable-gpu',`--disable-extensions-except=${extension}`,`--load-extension=${extension}`] });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const target = process.argv[2] === 'long' ? LONG_ARTICLE_PATH : SEED_PATH;
const art = await context.newPage(); await art.goto(server.url(target));
const tabId = await (await context.newPage()).evaluate(() => 0).catch(() => 0);
const p = await context.newPage(); await p.setViewportSize({ width: 400, height: 600 });
await p.goto(`chrome-extension://${id}/popup.html?tabId=0`);
const tid = await p.evaluate(`(async () => (await chrome.tabs.query({})).find(t => t.url === ${JSON.stringify(server.url(target))}).id)()`);
const wait = `new Promise((r) => { const poll = () => performance.getEntriesByName('lede:analysis-shown').length ? r(performance.getEntriesByType('mark').map(m=>m.name+':'+Math.round(m.startTime)).join(' ')) : setTimeout(poll, 10); poll(); })`;
await p.goto(`chrome-extension://${id}/popup.html?tabId=${tid}`); console.log(await p.evaluate(wait));
for (let i = 0; i < 3; i++) { await p.reload(); await p.evaluate(wait); }
const cdp = await context.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
const all: string[] = [];
for (let i = 0; i < 5; i++) { await p.reload(); all.push(await p.evaluate(wait)); }
const { profile } = await cdp.send('Profiler.stop');
console.log(all.join('\n'));
writeFileSync('/tmp/s8/popup.' + Date.now() + '.cpuprofile', JSON.stringify(profile));
await context.close(); await server.close();
