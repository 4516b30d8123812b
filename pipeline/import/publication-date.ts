// The day a page says it was published, as the publication wrote it.

const DATE_PART = /^\s*(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/u;

/**
 * The calendar day of a page's date, in the publication's own time zone: the date part exactly as
 * written, whatever offset follows it. `2018-05-07T07:15:00+12:00` is 7 May in New Zealand, even though
 * it was still 6 May in UTC; a date with no time is taken as it is. Null when it is not an ISO date.
 */
export function publicationDay(value: string): string | null {
  const match = DATE_PART.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  // Reject days that do not exist, such as 2018-02-30, which Date would roll over into March.
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}
