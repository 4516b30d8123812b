import type { CountryStatus } from '../../content/content-index.ts';
import { inSentence, namedByLine, STATUS_TITLES } from '../../content/labels.ts';
import type { CountryInfo } from '../../content/types.ts';
import { normaliseName } from '../../state/country-lookup.ts';

/** What the ranking needs to know of a country's standing in the articles. */
export interface SearchSummary {
  status: CountryStatus;
  namingCount: number;
  quoteCount: number;
}

export interface CountryOption {
  iso3: string;
  name: string;
  status: CountryStatus;
  /** A few words on how the articles treat the country: "named by 3 articles", "context only". */
  hint: string;
}

export const MAX_OPTIONS = 8;
const MAX_QUERY = 80;
const STATUS_ORDER: Record<CountryStatus, number> = { named: 0, subject: 1, context: 2, none: 3 };
const NOT_NAMED: SearchSummary = { status: 'none', namingCount: 0, quoteCount: 0 };

export function hintFor(summary: SearchSummary): string {
  return inSentence(summary.status === 'named' ? namedByLine(summary.namingCount) : STATUS_TITLES[summary.status]);
}

type Match = 'exact' | 'prefix';

/** How a country matches a normalised query: codes only exactly, names and aliases from the start of any word. */
function matchOf(country: CountryInfo, query: string): Match | null {
  const compact = query.replace(/ /g, '');
  if (country.iso3.toLowerCase() === compact || country.iso2?.toLowerCase() === compact) return 'exact';
  let found: Match | null = null;
  for (const name of [country.name, ...country.aliases]) {
    const key = normaliseName(name);
    if (key === query) return 'exact';
    if (` ${key}`.includes(` ${query}`)) found = 'prefix';
  }
  return found;
}

/**
 * Countries matching what was typed, best first: named (most-cited first), the subject, context, then the rest.
 * Within each group a country that matches outright ("sudan", "nz") leads, so Enter picks what was typed.
 */
export function rankCountries(
  query: string,
  countries: readonly CountryInfo[],
  summaryOf: (iso3: string) => SearchSummary | undefined,
  limit = MAX_OPTIONS,
): CountryOption[] {
  const normalised = normaliseName(query.slice(0, MAX_QUERY));
  if (normalised.length === 0) return [];
  const found = countries.flatMap((country) => {
    const match = matchOf(country, normalised);
    return match ? [{ country, match, summary: summaryOf(country.iso3) ?? NOT_NAMED }] : [];
  });
  found.sort(
    (a, b) =>
      STATUS_ORDER[a.summary.status] - STATUS_ORDER[b.summary.status] ||
      Number(b.match === 'exact') - Number(a.match === 'exact') ||
      b.summary.namingCount - a.summary.namingCount ||
      b.summary.quoteCount - a.summary.quoteCount ||
      a.country.name.localeCompare(b.country.name, 'en'),
  );
  return found.slice(0, limit).map(({ country, summary }) => ({
    iso3: country.iso3,
    name: country.name,
    status: summary.status,
    hint: hintFor(summary),
  }));
}
