import type { z } from 'zod';
import { articleSchema, claimSchema, claimsFileSchema, reportSchema, sourcesFileSchema } from './schema.ts';
import type { RawArticle, RawClaim, RawReport } from './schema.ts';
import type { Problem } from './problems.ts';
import { describeMismatch } from './quote-match.ts';
import type { Article, Claim, Content, CountryInfo, Report } from '../src/content/types.ts';

/** Everything the verifier reads, already off the disk. */
export interface DataInput {
  sourcesFile: string;
  sources: unknown;
  claimsFile: string;
  claims: unknown;
  /** Article texts by their `file` path, with the SHA-256 of their bytes; missing files are absent. */
  texts: ReadonlyMap<string, { text: string; sha256: string }>;
  countries: readonly CountryInfo[];
}

/** The verified content, plus each article's full text by article id (loaded by the reader on demand). */
export type Verified = { ok: true; content: Content; texts: Record<string, string> } | { ok: false; problems: Problem[] };

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || undefined;

function idOf(item: unknown, index: number): string {
  const value = (item as { id?: unknown } | null)?.id;
  return typeof value === 'string' && value !== '' ? value : `#${index + 1} (no id)`;
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

function checkUnique(file: string, items: readonly { id: string }[], problems: Problem[]) {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) problems.push({ file, id, field: 'id', message: 'this id is used more than once' });
    seen.add(id);
  }
}

function locateMarker(text: string, marker: string, from: number): { at: number } | { error: string } {
  const at = text.indexOf(marker, from);
  if (at < 0) return { error: `marker ${JSON.stringify(marker)} is not in the text` };
  if (text.indexOf(marker, at + 1) >= 0) return { error: `marker ${JSON.stringify(marker)} occurs more than once` };
  return { at };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The body's offsets in the text, trimmed of surrounding white space. */
function findBody(raw: RawArticle, text: string, file: string, problems: Problem[]) {
  let start = 0;
  let end = text.length;
  const problem = (field: string, message: string) => problems.push({ file, id: raw.id, field, message });
  if (raw.body.after !== null) {
    const found = locateMarker(text, raw.body.after, 0);
    if ('error' in found) problem('body.after', found.error);
    else start = found.at + raw.body.after.length;
  }
  if (raw.body.before !== null) {
    const found = locateMarker(text, raw.body.before, 0);
    if ('error' in found) problem('body.before', found.error);
    else if (found.at < start) problem('body.before', 'the body would end before it starts');
    else end = found.at;
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) problem('body', 'the article body is empty');
  return { start, end };
}

function toArticle(raw: RawArticle, body: { start: number; end: number }): Article {
  const { id, publisher, headline, url, published, publishedInferred, publishedNote, reportsOn } = raw;
  return {
    id,
    publisher,
    headline,
    url,
    published,
    ...(publishedInferred ? { publishedInferred } : {}),
    ...(publishedNote ? { publishedNote } : {}),
    reportsOn,
    bodyStart: body.start,
    bodyEnd: body.end,
  };
}

function verifyArticles(input: DataInput, raws: RawArticle[], reports: ReadonlySet<string>, problems: Problem[]) {
  const file = input.sourcesFile;
  const articles: Article[] = [];
  const texts = new Map<string, string>();
  for (const raw of raws) {
    for (const report of raw.reportsOn) {
      if (!reports.has(report)) problems.push({ file, id: raw.id, field: 'reportsOn', message: `no report has the id "${report}"` });
    }
    const loaded = input.texts.get(raw.file);
    if (!loaded) {
      problems.push({ file, id: raw.id, field: 'file', message: `the article text ${raw.file} is missing` });
      continue;
    }
    if (loaded.sha256 !== raw.sha256) {
      problems.push({ file, id: raw.id, field: 'sha256', message: `${raw.file} does not match: its SHA-256 is ${loaded.sha256}. For a new article, record that; otherwise the text has been changed, and article texts must stay byte for byte as collected` });
    }
    articles.push(toArticle(raw, findBody(raw, loaded.text, file, problems)));
    texts.set(raw.id, loaded.text);
  }
  return { articles, texts };
}

interface ClaimContext {
  file: string;
  articles: ReadonlyMap<string, Article>;
  texts: ReadonlyMap<string, string>;
  reports: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** Ids of every article in the sources file, valid or not. */
  declaredArticles: ReadonlySet<string>;
}

function verifyClaim(raw: RawClaim, ctx: ClaimContext, problems: Problem[]): Claim | null {
  const before = problems.length;
  const problem = (field: string, message: string) => problems.push({ file: ctx.file, id: raw.id, field, message });
  if (!ctx.countries.has(raw.country)) problem('country', `"${raw.country}" is not a known ISO 3166-1 alpha-3 country code`);
  const speakerReport = raw.speaker.type === 'report' ? raw.speaker.report : raw.speaker.type === 'reporter' ? raw.speaker.citing : undefined;
  if (speakerReport !== undefined && !ctx.reports.has(speakerReport)) {
    problem(raw.speaker.type === 'report' ? 'speaker.report' : 'speaker.citing', `no report has the id "${speakerReport}"`);
  }
  const article = ctx.articles.get(raw.article);
  const text = ctx.texts.get(raw.article);
  if (!article || text === undefined) {
    // An article that is declared but broken has its own problem listed; do not repeat it per claim.
    if (!ctx.declaredArticles.has(raw.article)) problem('article', `no article has the id "${raw.article}"`);
    return null;
  }
  const end = raw.start + raw.quote.length;
  const body = { start: article.bodyStart, end: article.bodyEnd };
  if (text.slice(raw.start, end) !== raw.quote) {
    problem('quote', describeMismatch(text, raw.quote, raw.start, body));
  } else if (raw.start < body.start || end > body.end) {
    problem('quote', `the quote at ${raw.start}–${end} lies in page furniture, outside the article body (${body.start}–${body.end}); furniture is never quoted`);
  }
  return problems.length === before ? { ...raw, end } : null;
}

/** Check the whole corpus; list every problem, or return the content the app ships. */
export function verifyData(input: DataInput): Verified {
  const problems: Problem[] = [];
  const sources = sourcesFileSchema.safeParse(input.sources);
  const claimsFile = claimsFileSchema.safeParse(input.claims);
  for (const [file, result] of [[input.sourcesFile, sources], [input.claimsFile, claimsFile]] as const) {
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: fieldOf(issue.path), message: issue.message });
    }
  }
  if (!sources.success || !claimsFile.success) return { ok: false, problems };

  const reports: Report[] = parseItems(input.sourcesFile, sources.data.reports, reportSchema, problems);
  const rawArticles = parseItems(input.sourcesFile, sources.data.articles, articleSchema, problems);
  const rawClaims = parseItems(input.claimsFile, claimsFile.data.claims, claimSchema, problems);
  checkUnique(input.sourcesFile, [...reports, ...rawArticles], problems);
  checkUnique(input.claimsFile, rawClaims, problems);

  const reportIds = new Set(reports.map((r) => r.id));
  const { articles, texts } = verifyArticles(input, rawArticles, reportIds, problems);
  const ctx: ClaimContext = {
    file: input.claimsFile,
    articles: new Map(articles.map((a) => [a.id, a])),
    texts,
    reports: reportIds,
    countries: new Set(input.countries.map((c) => c.iso3)),
    declaredArticles: new Set(sources.data.articles.map(idOf)),
  };
  const claims = rawClaims.map((raw) => verifyClaim(raw, ctx, problems)).filter((c): c is Claim => c !== null);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, content: { articles, reports, claims, countries: [...input.countries] }, texts: Object.fromEntries(texts) };
}

export type { RawReport };
