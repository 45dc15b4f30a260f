import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Extraction (Readability, linkedom, Lede's cleanup) runs in the background only. An extension page or
 * content script that imports it, even for one helper, bundles all of it: Readability is CommonJS, so the
 * bundler keeps it whole. This follows every relative import from each page and content script.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRIES = [
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/reader-view/main.tsx',
  'entrypoints/lookup-permission/main.ts',
  'entrypoints/reader.content.ts',
  'entrypoints/lookup-card.content.ts',
];
const BACKGROUND_ONLY = [
  /^core\/extract\//,
  /^core\/analyze\.ts$/,
  /^core\/parse-html\.ts$/,
  /^utils\/extract-snapshot\.ts$/,
];
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(path.join(ROOT, from)), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return path.relative(ROOT, candidate);
  }
  return null;
}

/** Every source file `entry` reaches, with the chain of imports that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() as string;
    for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const target = resolve(file, (match[1] ?? match[2]) as string);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...(seen.get(file) ?? []), target]);
      queue.push(target);
    }
  }
  return seen;
}

describe('extraction stays in the background', () => {
  for (const entry of ENTRIES) {
    it(`${entry} does not import extraction`, () => {
      const offending = [...reachable(entry)]
        .filter(([file]) => BACKGROUND_ONLY.some((rule) => rule.test(file)))
        .map(([, chain]) => chain.join(' -> '));
      expect(offending).toEqual([]);
    });
  }

  it('guards entries that exist and follows their imports', () => {
    expect(ENTRIES.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
    // The background does import extraction: the walk must see that, or the test above proves nothing.
    const background = [...reachable('entrypoints/background.ts').keys()];
    expect(background.some((file) => file.startsWith('core/extract/'))).toBe(true);
  });
});
