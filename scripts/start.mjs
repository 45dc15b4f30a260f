// `npm start`: opens a browser with Lede loaded on a demo article, through WXT's dev runner.
// Where there is no display (a server, CI), it builds the loadable folders instead and says how to
// load them. Usage: npm start [-- firefox]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const browser = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) {
  console.log('No display found: building the extension folders instead of opening a browser.\n');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`
Built:
  .output/chrome-mv3    load in Chrome:  chrome://extensions → Developer mode → Load unpacked → choose this folder
  .output/firefox-mv3   load in Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose manifest.json in it
Then open a news article and click the Lede button in the toolbar.`);
  process.exit(0);
}

const demoPage = readFileSync(new URL('../tests/fixtures/seed-article/page.html', import.meta.url));
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(demoPage);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const demoUrl = `http://127.0.0.1:${port}/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/`;
  console.log(`Demo article: ${demoUrl}\nClick the Lede button in the toolbar (pin it from the puzzle-piece menu).`);
  const args = browser === 'firefox' ? ['wxt', '-b', 'firefox', '--mv3'] : ['wxt'];
  const dev = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, LEDE_DEMO_URL: demoUrl } });
  dev.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
