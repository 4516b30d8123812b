// Node side: what a data folder already holds, as far as adding an article needs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSources } from '../parse-data.ts';
import { problemLines, type Problem } from '../problems.ts';
import type { RawArticle, RawReport } from '../schema.ts';

export interface DataFolder {
  dir: string;
  /** sources.json as messages name it. */
  sourcesLabel: string;
  /** sources.json's text exactly as it is on the disk. */
  sourcesText: string;
  reports: RawReport[];
  articles: RawArticle[];
  /** The files under articles/ and the files sources.json names, for numbering the next one. */
  fileNames: string[];
}

export type DataFolderResult = { ok: true; folder: DataFolder } | { ok: false; error: string };

/** The folder's sources.json, which must be valid before anything is added to it. */
export function readDataFolder(dir: string, sourcesLabel: string): DataFolderResult {
  const path = join(dir, 'sources.json');
  if (!existsSync(path)) return { ok: false, error: `${sourcesLabel}: no such file; --data must name a data folder` };
  const sourcesText = readFileSync(path, 'utf8');
  const problems: Problem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(sourcesText);
  } catch (error) {
    return { ok: false, error: `${sourcesLabel} is not valid JSON: ${(error as Error).message}` };
  }
  const sources = parseSources(sourcesLabel, json, problems);
  if (!sources || problems.length > 0) return { ok: false, error: `fix ${sourcesLabel} before adding to it:\n${problemLines(problems)}` };
  const articlesDir = join(dir, 'articles');
  const onDisk = existsSync(articlesDir) ? readdirSync(articlesDir).map((f) => `articles/${f}`) : [];
  return {
    ok: true,
    folder: { dir, sourcesLabel, sourcesText, reports: sources.reports, articles: sources.articles, fileNames: [...onDisk, ...sources.articles.map((a) => a.file)] },
  };
}
