// Every country an article's body names must either carry a claim or be explicitly judged not to.
import type { Handled } from '../../src/content/curation.ts';
import type { NotClaim } from '../schema.ts';
import type { Mention } from './types.ts';

export interface ArticleMentions {
  article: string;
  mentions: readonly Mention[];
}

export interface Uncovered {
  article: string;
  mention: Mention;
}

export interface Completeness {
  /** Mentions with neither a claim for their article and country nor a matching not-claim entry. */
  uncovered: Uncovered[];
  /** Not-claim entries that match no mention any more. */
  stale: NotClaim[];
}

const key = (...parts: string[]) => JSON.stringify(parts);
const notClaimKey = (article: string, { country, text }: { country: string; text: string }) => key(article, country, text);

/**
 * What handles an article's mention: a not-claim entry for its article, country and words; else a
 * claim for its article and country; else nothing. The build's completeness check and the curation
 * view's progress both count by this rule.
 */
export function mentionHandler(claims: readonly { article: string; country: string }[], notClaims: readonly NotClaim[]) {
  const claimed = new Set(claims.map((c) => key(c.article, c.country)));
  const excused = new Set(notClaims.map((n) => notClaimKey(n.article, n)));
  return (article: string, mention: { country: string; text: string }): Handled =>
    excused.has(notClaimKey(article, mention)) ? 'not-claim' : claimed.has(key(article, mention.country)) ? 'claim' : null;
}

export function checkCompleteness(
  articles: readonly ArticleMentions[],
  claims: readonly { article: string; country: string }[],
  notClaims: readonly NotClaim[],
): Completeness {
  const handled = mentionHandler(claims, notClaims);
  const used = new Set<string>();
  const uncovered: Uncovered[] = [];
  for (const { article, mentions } of articles) {
    for (const mention of mentions) {
      const by = handled(article, mention);
      if (by === 'not-claim') used.add(notClaimKey(article, mention));
      else if (by === null) uncovered.push({ article, mention });
    }
  }
  const stale = notClaims.filter((n) => !used.has(notClaimKey(n.article, n)));
  return { uncovered, stale };
}

/** One line per gap, naming the article, the country and the words, so it can be fixed without searching. */
export function describeCompleteness({ uncovered, stale }: Completeness): string[] {
  return [
    ...uncovered.map(
      ({ article, mention: m }) =>
        `article "${article}": ${m.country} is named as ${JSON.stringify(m.text)} at ${m.start}–${m.end} with no claim and no not-claim entry, in: ${m.sentence}`,
    ),
    ...stale.map((n) => `not-claims.json: the entry for article "${n.article}", ${n.country} ${JSON.stringify(n.text)} matches no mention any more`),
  ];
}
