import { findBody } from './body-markers.ts';
import { idOf, parseClaims, parseNotClaims, parseSources } from './parse-data.ts';
import type { Problem } from './problems.ts';
import { describeMismatch } from './quote-match.ts';
import type { NotClaim, RawArticle, RawClaim } from './schema.ts';
import { byEdition } from '../src/content/content-index.ts';
import type { Article, Claim, Content, CountryInfo, Report } from '../src/content/types.ts';

/** Everything the verifier reads, already off the disk. */
export interface DataInput {
  sourcesFile: string;
  sources: unknown;
  claimsFile: string;
  claims: unknown;
  /** not-claims.json, when the folder has one: the build checks it as the completeness test reads it. */
  notClaims?: { file: string; json: unknown };
  /** Article texts by their `file` path, with the SHA-256 of their bytes; missing files are absent. */
  texts: ReadonlyMap<string, { text: string; sha256: string }>;
  countries: readonly CountryInfo[];
}

/** The verified content, plus each article's full text by article id (loaded by the reader on demand). */
export type Verified = { ok: true; content: Content; texts: Record<string, string> } | { ok: false; problems: Problem[] };

function checkUnique(file: string, items: readonly { id: string }[], problems: Problem[]) {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) problems.push({ file, id, field: 'id', message: 'this id is used more than once' });
    seen.add(id);
  }
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
    const body = findBody(loaded.text, raw, file);
    problems.push(...body.problems);
    articles.push(toArticle(raw, body));
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

/**
 * The report a claim comes from: the one its speaker names (a report quoted, or a reporter citing
 * one), or else the one its article covers. An article on several reports cannot tell, and the
 * claim must name its report.
 */
function reportOfClaim(raw: RawClaim, named: string | undefined, article: Article | undefined): { id: string | null; problem?: string } {
  if (named !== undefined) return { id: named };
  if (!article) return { id: null };
  const [only, ...others] = article.reportsOn;
  if (only !== undefined && others.length === 0) return { id: only };
  return {
    id: null,
    problem: `cannot tell which report this claim comes from: its article "${article.id}" covers ${article.reportsOn.join(', ')}, and its ${raw.speaker.type} speaker names none; name the report in speaker.citing`,
  };
}

/** Whether offset `at` falls between the two UTF-16 halves of one character. */
const splitsCharacter = (text: string, at: number) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text.charAt(at - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(at));

function verifyClaim(raw: RawClaim, ctx: ClaimContext, problems: Problem[]): Claim | null {
  const before = problems.length;
  const problem = (field: string, message: string) => problems.push({ file: ctx.file, id: raw.id, field, message });
  if (!ctx.countries.has(raw.country)) problem('country', `"${raw.country}" is not a known ISO 3166-1 alpha-3 country code`);
  const speakerReport = raw.speaker.type === 'report' ? raw.speaker.report : raw.speaker.citing;
  if (speakerReport !== undefined && !ctx.reports.has(speakerReport)) {
    problem(raw.speaker.type === 'report' ? 'speaker.report' : 'speaker.citing', `no report has the id "${speakerReport}"`);
  }
  const article = ctx.articles.get(raw.article);
  const text = ctx.texts.get(raw.article);
  const report = reportOfClaim(raw, speakerReport, article);
  if (report.problem) problem('speaker', report.problem);
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
  } else if (splitsCharacter(text, raw.start) || splitsCharacter(text, end)) {
    problem('quote', `the quote at ${raw.start}–${end} cuts a character in two (one half of an emoji, say): start and end it on whole characters`);
  }
  return problems.length === before && report.id !== null ? { ...raw, report: report.id, end } : null;
}

function verifyNotClaims(input: DataInput, declaredArticles: ReadonlySet<string>, countries: ReadonlySet<string>, problems: Problem[]) {
  if (!input.notClaims) return;
  const { file, json } = input.notClaims;
  (parseNotClaims(file, json, problems) ?? []).forEach((n: NotClaim, index) => {
    const problem = (field: string, message: string) => problems.push({ file, id: idOf(n, index), field, message });
    if (!declaredArticles.has(n.article)) problem('article', `no article has the id "${n.article}"`);
    if (!countries.has(n.country)) problem('country', `"${n.country}" is not a known ISO 3166-1 alpha-3 country code`);
  });
}

/** Check the whole corpus; list every problem, or return the content the app ships. */
export function verifyData(input: DataInput): Verified {
  const problems: Problem[] = [];
  const sources = parseSources(input.sourcesFile, input.sources, problems);
  const rawClaims = parseClaims(input.claimsFile, input.claims, problems);
  if (!sources || !rawClaims) return { ok: false, problems };

  // In the order of their editions, oldest first, wherever they are listed.
  const reports: Report[] = [...sources.reports].sort(byEdition);
  checkUnique(input.sourcesFile, [...reports, ...sources.articles], problems);
  checkUnique(input.claimsFile, rawClaims, problems);

  const reportIds = new Set(reports.map((r) => r.id));
  const countries = new Set(input.countries.map((c) => c.iso3));
  const { articles, texts } = verifyArticles(input, sources.articles, reportIds, problems);
  const ctx: ClaimContext = {
    file: input.claimsFile,
    articles: new Map(articles.map((a) => [a.id, a])),
    texts,
    reports: reportIds,
    countries,
    declaredArticles: sources.declaredArticles,
  };
  const claims = rawClaims.map((raw) => verifyClaim(raw, ctx, problems)).filter((c): c is Claim => c !== null);
  verifyNotClaims(input, sources.declaredArticles, countries, problems);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, content: { articles, reports, claims, countries: [...input.countries] }, texts: Object.fromEntries(texts) };
}

