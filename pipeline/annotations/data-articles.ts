// Node side: the articles of a data folder with their addresses and texts, for placing annotations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFileLabel, readJson } from '../load-data-dir.ts';
import { parseSources } from '../parse-data.ts';
import { problemLines, type Problem } from '../problems.ts';
import type { ArticleText } from './annotation-claims.ts';

export interface DataArticles {
  /** sources.json as messages name it. */
  sourcesFile: string;
  articles: ArticleText[];
}

/**
 * Every article sources.json lists, with its text as the build reads it (a missing text is null).
 * Throws, listing every problem, when sources.json is missing or does not match its schema.
 */
export function readDataArticles(dataDir: string, cwd = process.cwd()): DataArticles {
  const sourcesFile = dataFileLabel(dataDir, 'sources.json', cwd);
  const problems: Problem[] = [];
  const sources = parseSources(sourcesFile, readJson(join(dataDir, 'sources.json'), sourcesFile, problems), problems);
  if (!sources || problems.length > 0) throw new Error(problemLines(problems));
  const articles = sources.articles.map((a): ArticleText => {
    const path = join(dataDir, a.file);
    const text = !a.file.includes('..') && existsSync(path) ? readFileSync(path, 'utf8') : null;
    return { id: a.id, url: a.url, file: dataFileLabel(dataDir, a.file, cwd), text };
  });
  return { sourcesFile, articles };
}
