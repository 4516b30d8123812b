// Stepping through the editions: at each report's date, the map colours the countries the reports
// have named up to then, and marks those that edition names for the first time.
import type { CountrySummary } from '../content/content-index.ts';
import { editionDate, editionName } from '../content/editions.ts';
import type { Report } from '../content/types.ts';
import type { Paint } from './choropleth-patterns.ts';

/** With fewer editions, the colours by report already show everything a step would. */
export const MIN_STEPPED_EDITIONS = 3;

/** Whether the map steps through the editions: coloured by report, every report counting, and enough of them to step through. */
export const stepsThroughEditions = (view: { measure: string; report: string | null }, editions: number): boolean =>
  view.measure === 'reports' && view.report === null && editions >= MIN_STEPPED_EDITIONS;

/** The step a view is at, from 0: the edition `until` names, or else the latest. `reports` are ids, oldest first. */
export function stepOf(until: string | null, reports: readonly string[]): number {
  const step = until === null ? -1 : reports.indexOf(until);
  return step < 0 ? reports.length - 1 : step;
}

/** What `?until=` holds for a step: nothing for the latest edition, which is where the steps start. */
export const untilOf = (step: number, reports: readonly string[]): string | null => (step >= reports.length - 1 ? null : (reports[step] ?? null));

export interface StepClass {
  key: string;
  label: string;
  hint: string;
  fill: Paint;
}

export interface StepScheme {
  title: string;
  classes: StepClass[];
  classOf: (s: CountrySummary) => string;
}

const HINT = 'The reports that name the country as a place of North Korean activity, up to this edition';

/**
 * The map at one step: new in this edition (striped, to stand out from the rest), named earlier and
 * again now (darker), named earlier and not now (lighter), and not named yet (uncoloured). `reports`
 * are all the editions, oldest first; `step` counts from 0.
 */
export function stepScheme(reports: readonly Report[], step: number): StepScheme {
  const at = reports[step] as Report;
  const date = editionDate(at, reports);
  const earlier = reports.slice(0, step);
  const first = earlier[0];
  const before = first === undefined ? '' : earlier.length === 1 ? editionName(first, reports) : `an earlier report (${editionDate(first, reports)} to ${editionDate(earlier.at(-1) as Report, reports)})`;
  const editions = new Map(reports.map((r, i) => [r.id, i]));
  return {
    title: `The countries the reports had named as places of North Korean activity by ${date} (edition ${step + 1} of ${reports.length})`,
    classes: [
      { key: 'step-new', label: `New in ${date}`, hint: 'First named as a place of North Korean activity in this edition', fill: 'activity-share' },
      { key: 'step-again', label: `Named in ${before}, and again in ${date}`, hint: HINT, fill: 'sequential-4' },
      { key: 'step-earlier', label: `Named in ${before}, not in ${date}`, hint: HINT, fill: 'sequential-2' },
      { key: 'step-later', label: `Not named yet: first named after ${date}`, hint: 'Named as a place of North Korean activity only by later reports', fill: 'none' },
    ],
    classOf: (s) => {
      const named = s.reports.map((id) => editions.get(id)).filter((i): i is number => i !== undefined);
      // A country named by no known report counts as named in the latest, as the colours by report have it.
      if (named.length === 0) named.push(reports.length - 1);
      const since = Math.min(...named);
      if (since > step) return 'step-later';
      if (since === step) return 'step-new';
      return named.includes(step) ? 'step-again' : 'step-earlier';
    },
  };
}
