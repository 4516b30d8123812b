import type { ContentIndex } from '../content/content-index.ts';
import { ACTIVITY_KINDS, type Claim } from '../content/types.ts';

export type TourStep =
  | { kind: 'overview' }
  | { kind: 'country'; iso3: string; name: string; articles: number; claim: Claim }
  | { kind: 'sources' };

// The report's own words carry most weight, then a reporter citing it, then anyone else.
const SPEAKER_WEIGHT = { report: 0, reporter: 1, official: 2 } as const;

/** The quote that best stands for a country: strongest kind first, then the strongest speaker. */
export function strongestClaim(claims: readonly Claim[]): Claim | undefined {
  const activity = claims.filter((c) => ACTIVITY_KINDS.includes(c.kind));
  const weight = (c: Claim) => SPEAKER_WEIGHT[c.speaker.type] + (c.speaker.type === 'reporter' && !c.speaker.citing ? 1 : 0);
  return [...activity].sort((a, b) => weight(a) - weight(b))[0];
}

/** The briefing: an overview, each named country most-cited first, then the sources. */
export function makeTourSteps(index: ContentIndex): TourStep[] {
  const countries = index.mentioned.flatMap((s): TourStep[] => {
    const claim = s.status === 'named' ? strongestClaim(index.claimsByCountry.get(s.iso3) ?? []) : undefined;
    return claim ? [{ kind: 'country', iso3: s.iso3, name: s.name, articles: s.namingArticles.length, claim }] : [];
  });
  return [{ kind: 'overview' }, ...countries, { kind: 'sources' }];
}
