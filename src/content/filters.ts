// The filters a reader can set: quotes by one kind of speaker, from one report, or both. Every
// count, colour and list on the page is made from the claims they keep, and nothing else.
import type { Claim, SpeakerType } from './types.ts';

export interface Filters {
  speaker: 'all' | SpeakerType;
  /** A report's id, or null for every report. */
  report: string | null;
}

export const NO_FILTERS: Filters = { speaker: 'all', report: null };

/** One key per combination, for what is made once per filter. */
export const filtersKey = ({ speaker, report }: Filters): string => `${speaker}/${report ?? 'all'}`;

export const isFiltered = ({ speaker, report }: Filters): boolean => speaker !== 'all' || report !== null;

/** Whether a claim counts under the filters. */
export const keepsClaim =
  ({ speaker, report }: Filters) =>
  (claim: Claim): boolean =>
    (speaker === 'all' || claim.speaker.type === speaker) && (report === null || claim.report === report);
