import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_CREDITS, CREDITS, DATA_CREDITS } from '../../../core/credits';
import { LICENSES_FILE, renderLicenses } from '../../../scripts/build-licenses';

const ROOT = join(import.meta.dirname, '../../..');

/** Every shipped data file under assets/ (not docs, not brand art, which is Lede's own). */
function shippedAssets(): string[] {
  return ['ner', 'publishers'].flatMap((folder) =>
    readdirSync(join(ROOT, 'assets', folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${folder}/${file}`),
  );
}

describe('credits', () => {
  it('credit every shipped data asset', () => {
    const credited = new Set(DATA_CREDITS.map((credit) => credit.shippedAs.asset));
    for (const asset of shippedAssets()) expect(credited, `${asset} has no credit in core/credits.ts`).toContain(asset);
  });

  it('credit every runtime dependency bundled into the extension', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // Node-only: the CLI's TypeScript loader never reaches the extension bundles.
    const nodeOnly = new Set(['tsx']);
    const credited = new Set(CODE_CREDITS.map((credit) => credit.shippedAs.package));
    for (const name of Object.keys(pkg.dependencies).filter((dep) => !nodeOnly.has(dep))) {
      expect(credited, `${name} is bundled but not credited`).toContain(name);
    }
  });

  it('have a translated description for every use', () => {
    const english = readFileSync(join(ROOT, 'locales/en.yml'), 'utf8');
    for (const credit of CREDITS) expect(english).toMatch(new RegExp(`^    ${credit.use}: `, 'm'));
  });

  it('ship the license texts as the build script writes them', () => {
    expect(readFileSync(LICENSES_FILE, 'utf8')).toBe(renderLicenses());
  });
});
