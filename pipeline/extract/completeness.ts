// Every country an article's body names must either carry a claim or be explicitly judged not to.
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

export function checkCompleteness(
  articles: readonly ArticleMentions[],
  claims: readonly { article: string; country: string }[],
  notClaims: readonly NotClaim[],
): Completeness {
  const claimed = new Set(claims.map((c) => key(c.article, c.country)));
  const excused = new Set(notClaims.map((n) => key(n.article, n.country, n.text)));
  const used = new Set<string>();
  const uncovered: Uncovered[] = [];
  for (const { article, mentions } of articles) {
    for (const mention of mentions) {
      const notClaim = key(article, mention.country, mention.text);
      if (excused.has(notClaim)) used.add(notClaim);
      else if (!claimed.has(key(article, mention.country))) uncovered.push({ article, mention });
    }
  }
  const stale = notClaims.filter((n) => !used.has(key(n.article, n.country, n.text)));
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
