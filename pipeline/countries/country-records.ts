// The one country table: every ISO 3166-1 country from the world-countries package, with the
// atlas's own display names, extra spellings and user-assigned codes from country-overrides.json.
// The map (pipeline/world.ts), the lookup and search (the summary's `countries`) and the
// extractor are all made from these records.
import { readFileSync } from 'node:fs';
import countries from 'world-countries';

export interface CountryRecord {
  /** ISO 3166-1 alpha-3, or a user-assigned code from the X range for a map feature with none. */
  iso3: string;
  iso2: string | null;
  /** ISO 3166-1 numeric, which is how world-atlas identifies its features. */
  numeric: string | null;
  /** The name the atlas shows. */
  name: string;
  /** Every other English spelling that names the country: the package's names and alternatives, and the extra aliases. */
  aliases: string[];
  /** English demonyms ("Kenyan"), for the extractor. */
  demonyms: string[];
  /** A spelling a sovereign state shares with a territory ("Indian", "French") goes to the state. */
  sovereign: boolean;
  /** The world-atlas label of a feature with no numeric code ("N. Cyprus"). */
  topologyName: string | null;
}

/** The part of a world-countries entry the table reads. */
export interface PackageCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  independent?: boolean | null;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: readonly string[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface UserAssigned {
  iso3: string;
  iso2: string | null;
  name: string;
  topologyName: string;
  /** The package's own code, when it lists the country. */
  package?: string;
}

export interface CountryOverrides {
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  userAssigned: UserAssigned[];
}

/** Two-letter codes are mostly ordinary words or too ambiguous (IN, IT, IS, NO, ME …); these few are not. */
const TWO_LETTER_ABBREVIATIONS: ReadonlySet<string> = new Set(['US', 'UK', 'NZ']);

/** Alternative spellings from world-countries that mean something else in English. */
const SKIPPED_ALIASES: ReadonlySet<string> = new Set([
  'Island', // ISL: Icelandic for Iceland, but an ordinary word in "Christmas Island", "Norfolk Island" …
  'Mann', // IMN: a common surname
  'Prathet', // THA: Thai for "country"
  'RSA', // ZAF: in security news, the company or the cipher
  'Guiana', // GUF: also the whole Guiana region and former British Guiana (Guyana)
  'Timor', // TLS: the island, half of which is Indonesian
  'Congo', // COG: also DR Congo, and the river
]);

// Spellings in other scripts are left out: the lookup and the extractor read English text.
const LATIN = /^[\p{Script=Latin}\p{M}\p{P}\p{Zs}]+$/u;

/** Whether a spelling may name a country: English-readable, and not an ordinary word or a bare code. */
export function usableAlias(alias: string): boolean {
  if (!LATIN.test(alias) || SKIPPED_ALIASES.has(alias)) return false;
  return alias.length > 2 || TWO_LETTER_ABBREVIATIONS.has(alias);
}

/** The package's names in a country's own languages other than English ("Deutschland"), which English text does not use. */
function nativeNames(c: PackageCountry): Set<string> {
  return new Set(Object.entries(c.name.native ?? {}).flatMap(([language, n]) => (language === 'eng' ? [] : [n.common, n.official])));
}

const unique = (names: readonly (string | undefined | null)[]) => [...new Set(names.filter((n): n is string => Boolean(n)))];

function record(fields: Omit<CountryRecord, 'aliases' | 'demonyms'> & { spellings: (string | undefined | null)[]; demonyms: (string | undefined)[] }): CountryRecord {
  const { spellings, demonyms, ...rest } = fields;
  return { ...rest, aliases: unique(spellings).filter((s) => s !== rest.name && usableAlias(s)), demonyms: unique(demonyms) };
}

/** The table from the package's entries and the overrides; throws on an override that names no country. */
export function makeCountryRecords(entries: readonly PackageCountry[], overrides: CountryOverrides): CountryRecord[] {
  const recoded = new Map(overrides.userAssigned.filter((u) => u.package).map((u) => [u.package, u]));
  const records = entries.map((c) => {
    const user = recoded.get(c.cca3);
    const iso3 = user?.iso3 ?? c.cca3;
    const native = nativeNames(c);
    return record({
      iso3,
      iso2: user ? user.iso2 : c.cca2 || null,
      numeric: c.ccn3 || null,
      name: user?.name ?? overrides.names[iso3] ?? c.name.common,
      spellings: [c.name.common, c.name.official, ...c.altSpellings.filter((a) => !native.has(a)), ...(overrides.aliases[iso3] ?? []), user?.topologyName],
      demonyms: [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(overrides.demonyms[iso3] ?? [])],
      sovereign: c.independent === true,
      topologyName: user?.topologyName ?? null,
    });
  });
  for (const u of overrides.userAssigned.filter((u) => !u.package)) {
    const spellings = [u.topologyName, ...(overrides.aliases[u.iso3] ?? [])];
    records.push(record({ iso3: u.iso3, iso2: u.iso2, numeric: null, name: u.name, spellings, demonyms: overrides.demonyms[u.iso3] ?? [], sovereign: false, topologyName: u.topologyName }));
  }
  const codes = new Set(records.map((r) => r.iso3));
  for (const code of [...Object.keys(overrides.names), ...Object.keys(overrides.aliases), ...Object.keys(overrides.demonyms)]) {
    if (!codes.has(code)) throw new Error(`country-overrides.json names ${code}, which is not in the country table`);
  }
  return records.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export function readCountryOverrides(): CountryOverrides {
  return JSON.parse(readFileSync(new URL('./country-overrides.json', import.meta.url), 'utf8')) as CountryOverrides;
}

let records: CountryRecord[] | undefined;

/** The table from the installed package and the overrides file, read once. */
export function countryRecords(): readonly CountryRecord[] {
  return (records ??= makeCountryRecords(countries, readCountryOverrides()));
}
