import type { CountryStatus, CountrySummary } from '../../content/content-index.ts';

/** A column of the table: one of the fixed four, a report's own column, or an article's. */
export type SortKey = 'name' | 'status' | 'naming' | 'quotes' | `report:${string}` | `article:${string}`;
export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: Sort = { key: 'naming', direction: 'descending' };

/** One row of the table: the summary plus how many quotes each article gives about the country. */
export interface TableRow {
  summary: CountrySummary;
  quotesByArticle: ReadonlyMap<string, number>;
}

const STATUS_RANK: Record<CountryStatus, number> = { named: 0, subject: 1, context: 2, none: 3 };

export const articleKey = (id: string): SortKey => `article:${id}`;
export const reportKey = (id: string): SortKey => `report:${id}`;

/** Text sorts A to Z first; counts sort largest first, which is what a reader clicking "Quotes" wants, and a report's column the countries it names first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'status' ? 'ascending' : 'descending';
}

/** The sort after clicking a column: the same column flips, another starts at its natural direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function value(row: TableRow, key: SortKey): number | string {
  const s = row.summary;
  if (key === 'name') return s.name;
  if (key === 'status') return STATUS_RANK[s.status];
  if (key === 'naming') return s.namingCount;
  if (key === 'quotes') return s.quoteCount;
  if (key.startsWith('report:')) return s.reports.includes(key.slice('report:'.length)) ? 1 : 0;
  return row.quotesByArticle.get(key.slice('article:'.length)) ?? 0;
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

/** Rows in the order asked for; ties always fall back to the name, A to Z, so the order never looks random. */
export function sortRows(rows: readonly TableRow[], sort: Sort): TableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => a.summary.name.localeCompare(b.summary.name, 'en');
  return rows.toSorted((a, b) => sign * compareValues(value(a, sort.key), value(b, sort.key)) || byName(a, b));
}
