import type { CountryInfo } from '../content/types.ts';

/** Lower case, no accents, punctuation folded to single spaces: "Côte-d'Ivoire" → "cote d ivoire". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface CountryLookup {
  /** An alpha-3 or alpha-2 code (any case), an English name or an alias → the alpha-3 code. */
  resolve: (query: string) => string | null;
  /** Countries whose names contain the query as whole words ("korea" → PRK, KOR), for a "did you mean". */
  suggest: (query: string) => string[];
}

const MAX_QUERY = 80;
const MAX_SUGGESTIONS = 5;

interface Tables {
  codes: Map<string, string>;
  names: Map<string, string>;
  displayName: Map<string, string>;
}

function makeTables(countries: readonly CountryInfo[]): Tables {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  const displayName = new Map(countries.map((c) => [c.iso3, c.name]));
  for (const c of countries) {
    codes.set(c.iso3.toLowerCase(), c.iso3);
    if (c.iso2) codes.set(c.iso2.toLowerCase(), c.iso3);
  }
  for (const c of countries) {
    for (const name of [c.name, ...c.aliases]) {
      const key = normaliseName(name);
      if (key && !names.has(key)) names.set(key, c.iso3);
    }
  }
  return { codes, names, displayName };
}

/** Built on first use: most visits never look a name up, and the first view should not wait for it. */
export function makeCountryLookup(countries: readonly CountryInfo[]): CountryLookup {
  let tables: Tables | null = null;
  const get = () => (tables ??= makeTables(countries));
  const resolve = (query: string) => {
    const trimmed = query.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_QUERY) return null;
    const { codes, names } = get();
    const code = /^[a-z]{2,3}$/i.test(trimmed) ? codes.get(trimmed.toLowerCase()) : undefined;
    return code ?? names.get(normaliseName(trimmed)) ?? null;
  };
  const suggest = (query: string) => {
    const words = normaliseName(query.slice(0, MAX_QUERY));
    if (words.length < 3) return [];
    const { names, displayName } = get();
    const found = new Set<string>();
    for (const [name, iso3] of names) if (` ${name} `.includes(` ${words} `)) found.add(iso3);
    const byName = (a: string, b: string) => (displayName.get(a) ?? a).localeCompare(displayName.get(b) ?? b, 'en');
    return [...found].sort(byName).slice(0, MAX_SUGGESTIONS);
  };
  return { resolve, suggest };
}
