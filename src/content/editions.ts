// The reports as editions: in date order, each named by its month, and what each names that the
// one before it did not. Every sentence here is made from the data.
import { compareSummaries, type CountrySummary } from './content-index.ts';
import { MONTHS } from './months.ts';
import { countOf } from './plural.ts';
import type { Report } from './types.ts';


const monthOf = (report: Report) => {
  const [year, month] = report.published.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
};

/**
 * A report by its edition: "July 2017", or its title when two reports share a month. `reports`
 * are all the editions, oldest first.
 */
export function editionDate(report: Report, reports: readonly Report[]): string {
  const month = monthOf(report);
  return reports.filter((r) => monthOf(r) === month).length > 1 ? `“${report.title}”` : month;
}

/** An edition on its own, as a menu lists it: "July 2017 report", or its title when two reports share a month. */
export const editionLabel = (report: Report, reports: readonly Report[], article = ''): string => {
  const date = editionDate(report, reports);
  return date.startsWith('“') ? date : `${article}${date} report`;
};

/** An edition in a sentence: "the July 2017 report". */
export const editionName = (report: Report, reports: readonly Report[]): string => editionLabel(report, reports, 'the ');

const listed = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Which reports name a country: "Named only in the April 2018 report", "Named in both reports (July 2017 and April 2018)". */
export function namedInLine(named: readonly string[], reports: readonly Report[]): string {
  const naming = reports.filter((r) => named.includes(r.id));
  const [only] = naming;
  if (naming.length === 0) return 'Named as a place of activity in none of the reports';
  if (naming.length === 1 && only) return reports.length === 1 ? `Named in ${editionName(only, reports)}` : `Named only in ${editionName(only, reports)}`;
  const dates = listed(naming.map((r) => editionDate(r, reports)));
  if (naming.length === reports.length) return `Named in ${reports.length === 2 ? 'both reports' : `all ${reports.length} reports`} (${dates})`;
  return `Named in ${countOf(naming.length, 'report')} of ${reports.length} (${dates})`;
}

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countryCount = (n: number) => `${SMALL[n] ?? n} ${n === 1 ? 'country' : 'countries'}`;

/**
 * What changed from each edition to the next, as sentences: "The April 2018 report names two
 * countries the July 2017 report did not: Thailand and Bangladesh." Countries a later edition no
 * longer names are said too. Empty with fewer than two reports.
 */
export function whatChanged(summaries: Iterable<CountrySummary>, reports: readonly Report[]): string[] {
  const named = [...summaries].filter((s) => s.status === 'named' && s.reports.length > 0).sort(compareSummaries);
  const sentences: string[] = [];
  reports.slice(1).forEach((later, i) => {
    const earlier = reports[i] as Report;
    const added = named.filter((s) => s.reports.includes(later.id) && !s.reports.includes(earlier.id)).map((s) => s.name);
    const dropped = named.filter((s) => s.reports.includes(earlier.id) && !s.reports.includes(later.id)).map((s) => s.name);
    const Later = capitalised(editionName(later, reports));
    const before = editionName(earlier, reports);
    const parts = [
      added.length > 0 ? `names ${countryCount(added.length)} ${before} did not: ${listed(added)}` : `names no country ${before} did not`,
      dropped.length > 0 ? `no longer names ${listed(dropped)}` : null,
    ].filter(Boolean);
    sentences.push(`${Later} ${parts.join(', and ')}.`);
  });
  return sentences;
}

/**
 * What one edition said when it came out, for a step through them: the first, how many countries
 * it names; a later one, what changed from the one before (as `whatChanged` says it).
 */
export function changeAt(summaries: Iterable<CountrySummary>, reports: readonly Report[], step: number): string {
  const [first] = reports;
  if (step > 0) return whatChanged(summaries, reports)[step - 1] ?? '';
  if (first === undefined) return '';
  const named = [...summaries].filter((s) => s.status === 'named' && s.reports.includes(first.id)).length;
  return `${capitalised(editionName(first, reports))}, the first, names ${countryCount(named)} as places of North Korean activity.`;
}

/** A sentence that starts with an edition's name: "The April 2018 report names…". */
export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
