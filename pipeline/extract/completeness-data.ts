// Node side: a data folder's article mentions, claims and not-claims, ready for checkCompleteness.
import { join } from 'node:path';
import { dataFileLabel, readJson } from '../load-data-dir.ts';
import { parseClaims, parseNotClaims } from '../parse-data.ts';
import { problemLines, type Problem } from '../problems.ts';
import type { NotClaim } from '../schema.ts';
import type { ArticleMentions } from './completeness.ts';
import { extractMentions } from './extract-article.ts';
import { readListedArticles } from './listed-articles.ts';
import { readTextFile } from './read-text-file.ts';

export interface CompletenessData {
  articles: ArticleMentions[];
  claims: { article: string; country: string }[];
  notClaims: NotClaim[];
}

/** Throws, naming each file, id and field as the build does, when any file is missing or does not match its schema. */
export function readCompletenessData(dataDir: string): CompletenessData {
  const articles = readListedArticles(dataDir).map((listed) => {
    const read = readTextFile(listed.path);
    if (!read.ok) throw new Error(`article "${listed.id}": ${read.error}`);
    const result = extractMentions(read.text, listed);
    if (!result.ok) throw new Error(result.error);
    return { article: listed.id, mentions: result.mentions };
  });
  const problems: Problem[] = [];
  const parse = <T>(file: string, parseFile: (label: string, json: unknown, problems: Problem[]) => T | null) => {
    const label = dataFileLabel(dataDir, file);
    const json = readJson(join(dataDir, file), label, problems);
    return json === undefined ? null : parseFile(label, json, problems);
  };
  const claims = parse('claims.json', parseClaims);
  const notClaims = parse('not-claims.json', parseNotClaims);
  if (!claims || !notClaims || problems.length > 0) throw new Error(problemLines(problems));
  return { articles, claims, notClaims };
}
