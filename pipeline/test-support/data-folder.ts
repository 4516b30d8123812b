// Test helper: a throw-away copy of a data folder, edited before it is verified.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataDir } from '../load-data-dir.ts';
import type { Problem } from '../problems.ts';

export const REAL_DATA = join(import.meta.dirname, '../../data');

type Json = Record<string, unknown> & { claims?: Record<string, unknown>[]; articles?: Record<string, unknown>[]; notClaims?: Record<string, unknown>[] };

export interface DataFolder {
  dir: string;
  editJson: (file: 'claims.json' | 'sources.json' | 'not-claims.json', edit: (json: Json) => void) => void;
  writeText: (file: string, text: string) => void;
  remove: () => void;
}

export function copyOfRealData(): DataFolder {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(REAL_DATA, dir, { recursive: true });
  return {
    dir,
    editJson(file, edit) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
      edit(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
    writeText: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The countries the real data uses, plus a few more: enough for verification tests. */
export const SAMPLE_COUNTRIES = ['AUS', 'BGD', 'CHN', 'FRA', 'IDN', 'IND', 'KEN', 'MOZ', 'MYS', 'NPL', 'NZL', 'PRK', 'THA', 'USA'].map((iso3) => ({
  iso3,
  iso2: null,
  name: iso3,
  aliases: [],
  onMap: true,
}));

/** A copy of the real data, edited, and the problems the build finds in it; the edit must break it. */
export function refusedCopy(edit: (folder: DataFolder) => void): { folder: DataFolder; problems: Problem[] } {
  const folder = copyOfRealData();
  edit(folder);
  const result = loadDataDir(folder.dir, SAMPLE_COUNTRIES);
  if (result.ok) throw new Error('expected the data to be refused');
  return { folder, problems: result.problems };
}
