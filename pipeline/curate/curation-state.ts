// What the curation view shows, read afresh from the data folder on each request: the articles with
// how many of their mentions are handled, and one article's text with every mention, the span its
// claim would quote (its sentence), and whether a claim or a not-claim handles it already.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_KINDS } from '../../src/content/types.ts';
import { extractMentions } from '../extract/extract-article.ts';
import { readListedArticles, type ListedArticle } from '../extract/listed-articles.ts';
import type { Mention } from '../extract/types.ts';
import { readJson } from '../load-data-dir.ts';
import type { Problem } from '../problems.ts';

interface SourcesJson {
  articles: { id: string; publisher: string; headline: string | null; reportsOn: string[] }[];
  reports: { id: string; title: string; published: string }[];
}
interface ClaimJson {
  id: string;
  article: string;
  country: string;
}
interface NotClaimJson {
  article: string;
  country: string;
  text: string;
}

export interface CurationMention extends Mention {
  /** Where the mention's sentence sits: the quote a claim starts from. */
  sentenceStart: number;
  sentenceEnd: number;
  /** What handles it: a claim for its article and country, a not-claim for its words, or nothing yet. */
  handled: 'claim' | 'not-claim' | null;
}

export interface CurationArticle {
  id: string;
  publisher: string;
  headline: string | null;
  reportsOn: string[];
  mentions: number;
  handled: number;
}

export interface CurationArticleView extends CurationArticle {
  text: string;
  list: CurationMention[];
  /** The ids of the article's claims, so that a new one gets an id of its own. */
  claimIds: string[];
  error: string | null;
}

export interface CurationState {
  articles: CurationArticle[];
  reports: SourcesJson['reports'];
  kinds: readonly string[];
}

function read(dataDir: string) {
  const problems: Problem[] = [];
  const sources = readJson(join(dataDir, 'sources.json'), 'sources.json', problems) as SourcesJson;
  const claims = ((readJson(join(dataDir, 'claims.json'), 'claims.json', problems) as { claims?: ClaimJson[] } | undefined)?.claims ?? []) as ClaimJson[];
  // A data folder may have no not-claims.json yet: nothing has been judged not a claim.
  const hasNotClaims = existsSync(join(dataDir, 'not-claims.json'));
  const notClaims = hasNotClaims ? (((readJson(join(dataDir, 'not-claims.json'), 'not-claims.json', problems) as { notClaims?: NotClaimJson[] } | undefined)?.notClaims ?? []) as NotClaimJson[]) : [];
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return { sources, claims, notClaims, listed: readListedArticles(dataDir) };
}

function mentionsOf(listed: ListedArticle | undefined, claims: readonly ClaimJson[], notClaims: readonly NotClaimJson[], id: string) {
  if (!listed) return { text: '', list: [] as CurationMention[], error: `the article “${id}” has no file` };
  const text = readFileSync(listed.path, 'utf8');
  const found = extractMentions(text, listed);
  if (!found.ok) return { text, list: [] as CurationMention[], error: found.error };
  const claimed = new Set(claims.filter((c) => c.article === id).map((c) => c.country));
  const excused = new Set(notClaims.filter((n) => n.article === id).map((n) => `${n.country} ${n.text}`));
  const list = found.mentions.map((m): CurationMention => {
    const at = text.lastIndexOf(m.sentence, m.start);
    const sentenceStart = at >= 0 && at + m.sentence.length >= m.end ? at : m.start;
    const sentenceEnd = at >= 0 && at + m.sentence.length >= m.end ? at + m.sentence.length : m.end;
    const handled = claimed.has(m.country) ? 'claim' : excused.has(`${m.country} ${m.text}`) ? 'not-claim' : null;
    return { ...m, sentenceStart, sentenceEnd, handled };
  });
  return { text, list, error: null };
}

export function curationState(dataDir: string): CurationState {
  const { sources, claims, notClaims, listed } = read(dataDir);
  const articles = sources.articles.map((a) => {
    const { list } = mentionsOf(
      listed.find((l) => l.id === a.id),
      claims,
      notClaims,
      a.id,
    );
    return { id: a.id, publisher: a.publisher, headline: a.headline, reportsOn: a.reportsOn, mentions: list.length, handled: list.filter((m) => m.handled).length };
  });
  return { articles, reports: sources.reports, kinds: CLAIM_KINDS };
}

export function curationArticle(dataDir: string, id: string): CurationArticleView | null {
  const { sources, claims, notClaims, listed } = read(dataDir);
  const article = sources.articles.find((a) => a.id === id);
  if (!article) return null;
  const { text, list, error } = mentionsOf(
    listed.find((l) => l.id === id),
    claims,
    notClaims,
    id,
  );
  return {
    id,
    publisher: article.publisher,
    headline: article.headline,
    reportsOn: article.reportsOn,
    mentions: list.length,
    handled: list.filter((m) => m.handled).length,
    text,
    list,
    claimIds: claims.filter((c) => c.article === id).map((c) => c.id),
    error,
  };
}
