// What the curation view shows, read afresh from the data folder on each request: the articles with
// how many of their mentions are handled, and one article's text with every mention, the span its
// claim would quote (its sentence), and whether a claim or a not-claim handles it already.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CurationArticleView, CurationMention, CurationState, Problem } from '../../src/content/curation.ts';
import { CLAIM_KINDS } from '../../src/content/types.ts';
import { mentionHandler } from '../extract/completeness.ts';
import { extractMentions } from '../extract/extract-article.ts';
import { readListedArticles, type ListedArticle } from '../extract/listed-articles.ts';
import { readJson } from '../load-data-dir.ts';
import type { NotClaim } from '../schema.ts';

interface SourcesJson {
  articles: { id: string; publisher: string; headline: string | null; reportsOn: string[] }[];
  reports: { id: string; title: string; published: string }[];
}

function read(dataDir: string) {
  const problems: Problem[] = [];
  const sources = readJson(join(dataDir, 'sources.json'), 'sources.json', problems) as SourcesJson;
  const claims = (readJson(join(dataDir, 'claims.json'), 'claims.json', problems) as { claims?: { id: string; article: string; country: string }[] } | undefined)?.claims ?? [];
  // A data folder may have no not-claims.json yet: nothing has been judged not a claim.
  const hasNotClaims = existsSync(join(dataDir, 'not-claims.json'));
  const notClaims = hasNotClaims ? ((readJson(join(dataDir, 'not-claims.json'), 'not-claims.json', problems) as { notClaims?: NotClaim[] } | undefined)?.notClaims ?? []) : [];
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return { sources, claims, handled: mentionHandler(claims, notClaims), listed: readListedArticles(dataDir) };
}

function mentionsOf(listed: ListedArticle | undefined, handledBy: ReturnType<typeof mentionHandler>, id: string) {
  if (!listed) return { text: '', list: [] as CurationMention[], error: `the article “${id}” has no file` };
  const text = readFileSync(listed.path, 'utf8');
  const found = extractMentions(text, listed);
  if (!found.ok) return { text, list: [] as CurationMention[], error: found.error };
  const list = found.mentions.map((m): CurationMention => ({ ...m, handled: handledBy(id, m) }));
  return { text, list, error: null };
}

export function curationState(dataDir: string): CurationState {
  const { sources, handled, listed } = read(dataDir);
  const articles = sources.articles.map((a) => {
    const { list } = mentionsOf(
      listed.find((l) => l.id === a.id),
      handled,
      a.id,
    );
    return { id: a.id, publisher: a.publisher, headline: a.headline, reportsOn: a.reportsOn, mentions: list.length, handled: list.filter((m) => m.handled).length };
  });
  return { articles, reports: sources.reports, kinds: CLAIM_KINDS };
}

export function curationArticle(dataDir: string, id: string): CurationArticleView | null {
  const { sources, claims, handled, listed } = read(dataDir);
  const article = sources.articles.find((a) => a.id === id);
  if (!article) return null;
  const { text, list, error } = mentionsOf(
    listed.find((l) => l.id === id),
    handled,
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
