import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { copyOfRealData, type DataFolder } from '../pipeline/test-support/data-folder.ts';
import { designTokens } from './design-tokens.ts';
import { atlasData } from './vite-plugin-atlas.ts';

const root = join(import.meta.dirname, '..');
let folder: DataFolder | undefined;
let outDir: string | undefined;
afterEach(() => {
  folder?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function buildWith(dataDir: string, out: string) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [designTokens(), atlasData({ dataDir })],
    build: { outDir: out, emptyOutDir: true, write: true },
  });
}

describe('building the app from a data folder', () => {
  it('fails before writing anything, listing every problem, and leaves the previous output intact', async () => {
    folder = copyOfRealData();
    folder.editJson('claims.json', (json) => {
      const claims = json.claims as { id: string; start: number; country: string }[];
      claims[0]!.start += 1;
      claims[1]!.country = 'ZZZ';
    });
    outDir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    mkdirSync(join(outDir, 'assets'));
    writeFileSync(join(outDir, 'index.html'), 'previous build');

    const error = await buildWith(folder.dir, outDir).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('The atlas data has 2 problems; nothing was built.');
    expect(error?.message).toMatch(/claims\.json, id "nzh-nations-ind", field "quote": .*moved by -1/);
    expect(error?.message).toMatch(/claims\.json, id "nzh-nations-mys", field "country": "ZZZ" is not a known/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('builds from good data into a fresh folder', async () => {
    folder = copyOfRealData();
    outDir = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'dist');
    await buildWith(folder.dir, outDir);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });
});
