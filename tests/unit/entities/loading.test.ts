import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../core/entities/model';
import { bundledModelFile, readNerAssetFile } from '../../../core/entities/ner-asset-from-file';

const root = resolve(__dirname, '../../..');

describe('model asset loading', () => {
  it('loads lazily in vitest, once', async () => {
    const a = loadModel();
    const b = loadModel();
    expect(a).toBe(b);
    const model = await a;
    expect(model.weights.bits).toBeGreaterThan(10);
    expect(model.gazetteer.isFirstName('elizabeth')).toBe(true);
  });

  it('loads in Node through tsx, as the CLI runs', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/entities/load-in-node.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const entities = JSON.parse(out) as [string, string][];
    expect(entities).toContainEqual(['Islamic State', 'organization']);
    expect(entities).toContainEqual(['Quetta', 'place']);
  });

  it('is fetched as a file in the extension, so no script bundle embeds the weights', async () => {
    const sources = ['index.ts', 'model.ts', 'recognize.ts', 'assemble.ts'].map((f) =>
      readFileSync(resolve(root, 'core/entities', f), 'utf8'),
    );
    for (const source of sources) expect(source).not.toMatch(/import\([^)]*model\.bin|^import[^;]*model\.bin/m);

    // A browser build (Vite's default conditions include "browser", as in the extension's builds).
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        minify: false,
        rollupOptions: {
          input: resolve(root, 'tests/fixtures/entities/bundle-entry.ts'),
          // Keep the entry's exports, as the popup's use of them would.
          preserveEntrySignatures: 'strict',
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const code = outputs.flatMap((o) => (o.type === 'chunk' ? [o.code] : [])).join('\n');
    // A piece of the shipped name lists would identify a bundle that holds the model's contents.
    const { gazetteer } = await readNerAssetFile(bundledModelFile());
    expect(code.includes(gazetteer.city.slice(1000, 1064))).toBe(false);
    expect(code).toContain('/ner/model.bin.gz');
    expect(code.length).toBeLessThan(300_000);
  }, 60_000);
});
