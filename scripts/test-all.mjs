// The README's test command: builds the end-to-end variant of the extension for both browsers, runs
// every vitest project (unit tests of the core and glue, end-to-end tests in Chromium and Firefox),
// and ends with the one line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false });

mkdirSync('test-output', { recursive: true });
// The shipped builds (checked by the manifest tests) and the end-to-end builds (driven in browsers), as
// package.json's scripts make them: build:e2e builds the shipped code (NODE_ENV=production, as WXT would
// otherwise set it to the mode and Preact would be its development build; tests/e2e/manifest.test.ts checks).
const builds = [
  ['run', 'build'],
  ['run', 'build:e2e'],
];
if (!builds.every((args) => run('npm', args).status === 0)) {
  console.log('The extension build failed.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = 'test-output/vitest-report.json';
const vitest = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  // A file that fails to load runs no tests; count it as a failure so it cannot hide.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  failed = Math.max(failed, 1);
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
