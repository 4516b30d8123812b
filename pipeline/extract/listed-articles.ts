// Node side: the articles data/sources.json lists, with where their files are and their body markers.
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BodyMarkers } from '../body-markers.ts';
import { dataFileLabel, readJson } from '../load-data-dir.ts';
import { parseSources } from '../parse-data.ts';
import { problemLines, type Problem } from '../problems.ts';

export interface ListedArticle {
  id: string;
  /** Absolute path of the text file. */
  path: string;
  body: BodyMarkers;
  /** The sources file as messages name it. */
  sourcesFile: string;
}

/**
 * The listed articles, or none when the data folder has no sources.json. Throws, listing every
 * problem, when the file does not match its schema. `cwd` is where file names in messages start.
 */
export function readListedArticles(dataDir: string, cwd = process.cwd()): ListedArticle[] {
  const path = join(dataDir, 'sources.json');
  if (!existsSync(path)) return [];
  const sourcesFile = dataFileLabel(dataDir, 'sources.json', cwd);
  const problems: Problem[] = [];
  const sources = parseSources(sourcesFile, readJson(path, sourcesFile, problems), problems);
  if (!sources || problems.length > 0) throw new Error(problemLines(problems));
  return sources.articles.map((a) => ({ id: a.id, path: resolve(dataDir, a.file), body: a.body, sourcesFile }));
}

const canonical = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/** The listed article stored at `path`, comparing resolved paths so symlinks and ./.. do not matter. */
export function findListed(articles: readonly ListedArticle[], path: string): ListedArticle | undefined {
  const wanted = canonical(path);
  return articles.find((a) => canonical(a.path) === wanted);
}
