import type { AtlasContent } from '../content/atlas-content.ts';
import type { WholeContent } from '../content/whole-content.ts';
import { filtersKey, isFiltered, NO_FILTERS, type Filters } from '../content/filters.ts';
import { byEdition, type ContentIndex, type SummaryView } from '../content/content-index.ts';
import { whatChanged } from '../content/editions.ts';
import { ACTIVITY_KINDS, type Claim, type ClaimKind } from '../content/types.ts';

export type TourStep =
  | { kind: 'overview' }
  /** What each report names that the one before it did not: there with two reports or more. */
  | { kind: 'changes'; sentences: string[] }
  | { kind: 'country'; iso3: string; name: string; articles: number; claim: Claim }
  | { kind: 'sources' };

// The report's own words carry most weight, then a reporter citing it, then anyone else.
const SPEAKER_WEIGHT = { report: 0, reporter: 1, official: 2 } as const;

/**
 * The quote that best stands for a country: one about it alone before a list it shares with
 * others (`shared` counts the countries a passage names), then the strongest speaker. Only quotes
 * of the given kinds count: by default those that name the country as a place of activity.
 */
export function strongestClaim(claims: readonly Claim[], shared: (c: Claim) => number = () => 1, kinds: readonly ClaimKind[] = ACTIVITY_KINDS): Claim | undefined {
  const eligible = claims.filter((c) => kinds.includes(c.kind));
  const weight = (c: Claim) => SPEAKER_WEIGHT[c.speaker.type] + (c.speaker.type === 'reporter' && !c.speaker.citing ? 1 : 0);
  const specific = (c: Claim) => (shared(c) > 1 ? 1 : 0);
  return [...eligible].sort((a, b) => specific(a) - specific(b) || weight(a) - weight(b))[0];
}

/** One key for the claims that quote the same words of the same article, one claim per country the words name. */
export const passageKey = (c: Claim) => `${c.article}:${c.start}:${c.end}`;

/** How many countries each passage names, counted over the given claims: the `shared` of strongestClaim. */
export function passageSharing(claims: readonly Claim[]): (c: Claim) => number {
  const perPassage = new Map<string, number>();
  for (const c of claims) perPassage.set(passageKey(c), (perPassage.get(passageKey(c)) ?? 0) + 1);
  return (c) => perPassage.get(passageKey(c)) ?? 1;
}

/** What changed from each report to the next, over the countries of `editions` (the index itself by default). */
export const changesOf = (index: ContentIndex, editions: SummaryView = index): string[] =>
  whatChanged(editions.mentioned, index.content.reports.toSorted(byEdition));

/**
 * The briefing: an overview, what changed between the reports when there are several, each named
 * country most-cited first, then the sources. `changes` are what changed, as sentences.
 */
export function makeTourSteps(index: ContentIndex, changes: readonly string[] = changesOf(index)): TourStep[] {
  const shared = passageSharing(index.content.claims);
  const countries = index.mentioned.flatMap((s): TourStep[] => {
    const claim = s.status === 'named' ? strongestClaim(index.claimsByCountry.get(s.iso3) ?? [], shared) : undefined;
    return claim ? [{ kind: 'country', iso3: s.iso3, name: s.name, articles: s.namingCount, claim }] : [];
  });
  const changed: TourStep[] = changes.length > 0 ? [{ kind: 'changes', sentences: [...changes] }] : [];
  return [{ kind: 'overview' }, ...changed, ...countries, { kind: 'sources' }];
}

/**
 * The briefing under the filters (of the whole content by default), made once per filter and kept
 * with the content: the countries and quotes the filters keep; what changed between the reports is
 * told over every report.
 */
export const tourStepsOf = (content: AtlasContent, whole: WholeContent, filters: Filters = NO_FILTERS): TourStep[] =>
  content.derived(`tour-steps/${filtersKey(filters)}`, () => {
    if (!isFiltered(filters)) return makeTourSteps(whole.index);
    const index = whole.for(filters);
    return makeTourSteps(index, changesOf(index, whole.for({ ...filters, report: null })));
  });
