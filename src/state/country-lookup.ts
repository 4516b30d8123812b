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

export type CountryResolver = (query: string) => string | null;

/** Resolves an alpha-3 or alpha-2 code (any case), an English name or an alias to the alpha-3 code. */
export function makeCountryResolver(countries: readonly CountryInfo[]): CountryResolver {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
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
  return (query) => {
    const trimmed = query.trim();
    if (trimmed.length === 0 || trimmed.length > 80) return null;
    const code = /^[a-z]{2,3}$/i.test(trimmed) ? codes.get(trimmed.toLowerCase()) : undefined;
    return code ?? names.get(normaliseName(trimmed)) ?? null;
  };
}
