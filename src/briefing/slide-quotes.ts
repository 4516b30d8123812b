import type { ContentIndex } from '../content/content-index.ts';
import type { Claim } from '../content/types.ts';
import { passageKey } from './tour-steps.ts';

/** A passage that names several of the deck's countries: shown once, with the countries it names. */
export interface SharedQuote {
  /** The passage's claim for the first country it names: its words, speaker and article. */
  claim: Claim;
  /** The deck's countries the passage names, in the order the content lists them. */
  countries: string[];
  /** One claim per country named, in that order. */
  claims: Claim[];
}

export interface DeckQuotes {
  /** Passages that name two or more of the deck's countries, those naming the most first. */
  shared: SharedQuote[];
  /** Each country's other quotes, in reading order, once each. */
  own: ReadonlyMap<string, Claim[]>;
}

/**
 * Which quotes go where in the deck. A passage quoted for two or more of the countries that have a
 * slide goes once onto the overview; every other quote goes onto its country's slide. A passage
 * that also names a country without a slide (one given as context only) stays with the one
 * country that has a slide, so no passage is shown twice and none is left out.
 */
export function splitQuotes(index: Pick<ContentIndex, 'content' | 'claimsByCountry'>, countries: readonly string[]): DeckQuotes {
  const inDeck = new Set(countries);
  const byPassage = new Map<string, Claim[]>();
  for (const claim of index.content.claims) {
    if (!inDeck.has(claim.country)) continue;
    const claims = byPassage.get(passageKey(claim)) ?? [];
    if (!claims.some((c) => c.country === claim.country)) claims.push(claim);
    byPassage.set(passageKey(claim), claims);
  }
  const isShared = (claim: Claim) => (byPassage.get(passageKey(claim))?.length ?? 0) > 1;
  const shared = [...byPassage.values()]
    .filter((claims) => claims.length > 1)
    .map((claims) => ({ claim: claims[0] as Claim, countries: claims.map((c) => c.country), claims }))
    .sort((a, b) => b.countries.length - a.countries.length);
  const own = new Map(
    countries.map((iso3) => {
      const seen = new Set<string>();
      const claims = (index.claimsByCountry.get(iso3) ?? []).filter((c) => !isShared(c) && !seen.has(passageKey(c)) && seen.add(passageKey(c)));
      return [iso3, claims];
    }),
  );
  return { shared, own };
}
