// Node side of the content step: reads a data folder off the disk for the build and the tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';
import type { CountryInfo } from '../src/content/types.ts';
import { verifyData, type DataInput, type Verified } from './verify.ts';

/** How messages name a file of a data folder: relative to where the command runs. */
export function dataFileLabel(dataDir: string, file: string, cwd = process.cwd()): string {
  return relative(cwd, join(dataDir, file)) || file;
}

export function readJson(path: string, label: string, problems: Problem[]): unknown {
  if (!existsSync(path)) {
    problems.push({ file: label, message: 'the file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file: label, message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function articleFiles(sources: unknown): string[] {
  const articles = (sources as { articles?: unknown } | undefined)?.articles;
  if (!Array.isArray(articles)) return [];
  return articles.map((a) => (a as { file?: unknown } | null)?.file).filter((f): f is string => typeof f === 'string');
}

/** The files of a data folder that the content depends on (for watching). */
export function dataFiles(dataDir: string): string[] {
  const sources = join(dataDir, 'sources.json');
  let files: string[] = [];
  try {
    files = articleFiles(JSON.parse(readFileSync(sources, 'utf8'))).map((f) => join(dataDir, f));
  } catch {
    // An unreadable sources file is reported by loadDataDir.
  }
  return [sources, join(dataDir, 'claims.json'), join(dataDir, 'not-claims.json'), ...files];
}

/** Files of a data folder as they would be after a change, in place of what is on the disk. */
export interface DataOverrides {
  claims?: unknown;
  notClaims?: unknown;
}

/**
 * Read `sources.json`, `claims.json`, `not-claims.json` if there is one, and the article texts of a
 * data folder, then verify them; with `overrides`, the claims or not-claims given instead of the files'.
 */
export function loadDataDir(dataDir: string, countries: readonly CountryInfo[], cwd = process.cwd(), overrides: DataOverrides = {}): Verified {
  const label = (file: string) => dataFileLabel(dataDir, file, cwd);
  const problems: Problem[] = [];
  const sources = readJson(join(dataDir, 'sources.json'), label('sources.json'), problems);
  const claims = 'claims' in overrides ? overrides.claims : readJson(join(dataDir, 'claims.json'), label('claims.json'), problems);
  const hasNotClaims = 'notClaims' in overrides || existsSync(join(dataDir, 'not-claims.json'));
  const notClaimsJson = () => ('notClaims' in overrides ? overrides.notClaims : readJson(join(dataDir, 'not-claims.json'), label('not-claims.json'), problems));
  const notClaims = hasNotClaims ? { file: label('not-claims.json'), json: notClaimsJson() } : undefined;
  if (problems.length > 0) return { ok: false, problems };

  const texts = new Map<string, { text: string; sha256: string }>();
  for (const file of articleFiles(sources)) {
    const path = join(dataDir, file);
    if (!file.includes('..') && existsSync(path)) {
      const bytes = readFileSync(path);
      texts.set(file, { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  }
  const input: DataInput = { sourcesFile: label('sources.json'), sources, claimsFile: label('claims.json'), claims, notClaims, texts, countries };
  return verifyData(input);
}
