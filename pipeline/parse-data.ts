// Each data file read against its one schema (schema.ts), every problem named by file, id and field.
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import {
  articleSchema,
  claimSchema,
  claimsFileSchema,
  notClaimSchema,
  notClaimsFileSchema,
  reportSchema,
  sourcesFileSchema,
  type NotClaim,
  type RawArticle,
  type RawClaim,
  type RawReport,
} from './schema.ts';

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || undefined;

export function idOf(item: unknown, index: number): string {
  const value = (item as { id?: unknown } | null)?.id;
  return typeof value === 'string' && value !== '' ? value : `#${index + 1} (no id)`;
}

function parseFile<T>(file: string, json: unknown, schema: z.ZodType<T>, problems: Problem[]): T | null {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, field: fieldOf(issue.path), message: issue.message });
  return null;
}

/** Parse each item on its own so that every bad item and field is named, not just the first. */
function parseItems<T>(file: string, items: unknown[], schema: z.ZodType<T>, problems: Problem[]): T[] {
  const good: T[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      good.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, id: idOf(item, index), field: fieldOf(issue.path), message: issue.message });
    }
  });
  return good;
}

export interface Sources {
  reports: RawReport[];
  articles: RawArticle[];
  /** Ids of every article the file lists, valid or not. */
  declaredArticles: ReadonlySet<string>;
}

/** sources.json's valid reports and articles, or null when the file as a whole is malformed. */
export function parseSources(file: string, json: unknown, problems: Problem[]): Sources | null {
  const sources = parseFile(file, json, sourcesFileSchema, problems);
  if (!sources) return null;
  return {
    reports: parseItems(file, sources.reports, reportSchema, problems),
    articles: parseItems(file, sources.articles, articleSchema, problems),
    declaredArticles: new Set(sources.articles.map(idOf)),
  };
}

export function parseClaims(file: string, json: unknown, problems: Problem[]): RawClaim[] | null {
  const claims = parseFile(file, json, claimsFileSchema, problems);
  return claims && parseItems(file, claims.claims, claimSchema, problems);
}

export function parseNotClaims(file: string, json: unknown, problems: Problem[]): NotClaim[] | null {
  const notClaims = parseFile(file, json, notClaimsFileSchema, problems);
  return notClaims && parseItems(file, notClaims.notClaims, notClaimSchema, problems);
}
