// The summary as the build hands it over (checked there already), with the lookups every view uses.
import bundled from 'virtual:atlas/summary';
import { summarise, type SummaryView } from './content-index.ts';
import { unpackSummary, type AtlasSummary } from './summary.ts';
import type { CountryInfo, Report, SpeakerType } from './types.ts';

export const SUMMARY = bundled as AtlasSummary;

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(SUMMARY.countries.map((c) => [c.iso3, c]));
export const REPORTS: ReadonlyMap<string, Report> = new Map(SUMMARY.reports.map((r) => [r.id, r]));

const views = new Map<'all' | SpeakerType, SummaryView>();

/** Every country's standing for one kind of speaker (or everyone); countries without a quote are "none". */
export function summaryView(speaker: 'all' | SpeakerType): SummaryView {
  let view = views.get(speaker);
  if (!view) {
    const mentioned = SUMMARY.mentioned[speaker].map((row) => unpackSummary(row, COUNTRIES.get(row[0])?.name ?? row[0]));
    const byIso3 = new Map(mentioned.map((s) => [s.iso3, s]));
    const summaries = new Map(SUMMARY.countries.map((c) => [c.iso3, byIso3.get(c.iso3) ?? summarise(c, [])]));
    view = { summaries, mentioned };
    views.set(speaker, view);
  }
  return view;
}
