// Node side: a data folder's article mentions, claims and not-claims, ready for checkCompleteness.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleMentions } from './completeness.ts';
import { extractMentions } from './extract-article.ts';
import { readListedArticles } from './listed-articles.ts';
import { notClaimsFileSchema, type NotClaim } from './not-claims.ts';
import { readTextFile } from './read-text-file.ts';

// Only what completeness needs; the build's verifier checks the rest of each claim.
const claimsSchema = z.object({ claims: z.array(z.object({ article: z.string(), country: z.string() })) });

export interface CompletenessData {
  articles: ArticleMentions[];
  claims: { article: string; country: string }[];
  notClaims: NotClaim[];
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Throws, naming the file, when any of them is missing or malformed. */
export function readCompletenessData(dataDir: string): CompletenessData {
  const articles = readListedArticles(dataDir).map(({ id, path, body }) => {
    const read = readTextFile(path);
    if (!read.ok) throw new Error(`article "${id}": ${read.error}`);
    const result = extractMentions(read.text, body);
    if (!result.ok) throw new Error(`article "${id}": ${result.error}`);
    return { article: id, mentions: result.mentions };
  });
  const { claims } = readJson(join(dataDir, 'claims.json'), claimsSchema);
  const { notClaims } = readJson(join(dataDir, 'not-claims.json'), notClaimsFileSchema);
  return { articles, claims, notClaims };
}
