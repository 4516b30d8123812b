// A country page's address segment: its English display name, lower-case ASCII, words joined by
// hyphens ("Côte d'Ivoire" → cote-d-ivoire). The build names the page files with it and the app
// reads it back from the address, so both take it from here.
const MARKS = /[\u0300-\u036f]/g;

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface CountryPages {
  /** The country's page segment, for a country that has a page. */
  slugOf: (iso3: string) => string | undefined;
  /** The country a page segment names. */
  countryOf: (slug: string) => string | undefined;
  /** Every country with a page, in the order given. */
  readonly countries: readonly string[];
}

/**
 * The pages for these countries. Two names that make the same slug (or a name with no Latin
 * letters at all) get the country's code added, so that every page has an address of its own.
 */
export function makeCountryPages(countries: readonly { iso3: string; name: string }[]): CountryPages {
  const bySlug = new Map<string, string>();
  const byIso3 = new Map<string, string>();
  const plain = countries.map((c) => slugOf(c.name));
  const taken = new Map<string, number>();
  for (const s of plain) taken.set(s, (taken.get(s) ?? 0) + 1);
  countries.forEach((c, i) => {
    const base = plain[i] ?? '';
    const slug = base === '' ? c.iso3.toLowerCase() : (taken.get(base) ?? 0) > 1 ? `${base}-${c.iso3.toLowerCase()}` : base;
    bySlug.set(slug, c.iso3);
    byIso3.set(c.iso3, slug);
  });
  return { slugOf: (iso3) => byIso3.get(iso3), countryOf: (slug) => bySlug.get(slug), countries: countries.map((c) => c.iso3) };
}
