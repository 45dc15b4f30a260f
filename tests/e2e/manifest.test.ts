import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

// The shipped manifests: Lede costs nothing on pages where the reader does not ask for it.
describe.each(['chrome-mv3', 'firefox-mv3'])('shipped manifest %s', (dir) => {
  const manifest = manifestOf(dir);

  it('is Manifest V3 named Lede with an icon set', () => {
    expect(manifest.manifest_version).toBe(3);
    const en = JSON.parse(readFileSync(path.join(ROOT, '.output', dir, '_locales/en/messages.json'), 'utf8'));
    expect(manifest.name).toBe('__MSG_extName__');
    expect(en.extName.message).toBe('Lede');
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  it('asks for activeTab, scripting, storage and contextMenus and nothing else', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('declares no content script for all pages', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});

// The end-to-end build is what the browser tests drive and the benchmark times: its extension pages
// must be the shipped code, byte for byte (a mode other than production once gave them Preact's
// development build, slower and larger), not only the same source.
describe.each([
  ['chrome-mv3', 'chrome-mv3-e2e'],
  ['firefox-mv3', 'firefox-mv3-e2e'],
])('end-to-end build of %s', (shipped, e2e) => {
  it('has the same extension-page scripts as the shipped build', () => {
    // Chunk names carry a hash of their content, so equal names are equal code (and a readable diff).
    const chunks = (dir: string) => readdirSync(path.join(ROOT, '.output', dir, 'chunks')).sort();
    expect(chunks(shipped).length).toBeGreaterThan(3);
    expect(chunks(e2e)).toEqual(chunks(shipped));
  });
});
