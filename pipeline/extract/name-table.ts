// Builds the list of spellings to look for from country records shaped like world-countries' entries.
import { EXTRA_NAMES, NOT_A_COUNTRY, SKIPPED_ALIASES, TWO_LETTER_ABBREVIATIONS } from './name-exceptions.ts';
import type { NameEntry } from './types.ts';

/** The part of a world-countries entry the extractor reads. */
export interface CountryRecord {
  cca3: string;
  independent?: boolean | null;
  name: { common: string; official: string };
  altSpellings: readonly string[];
  demonyms?: { eng?: { m: string; f: string } };
}

// world-countries calls Kosovo UNK; the atlas, like the EU and the World Bank, XKX.
const CODE_OVERRIDES: Readonly<Record<string, string>> = { UNK: 'XKX' };

const LATIN = /^[\p{Script=Latin}\p{M}\p{P}\p{Zs}]+$/u;

function usableAlias(alias: string): boolean {
  if (!LATIN.test(alias) || SKIPPED_ALIASES.has(alias)) return false;
  // "Korea, Republic of": index forms that never appear in running text.
  if (alias.includes(', ')) return false;
  return alias.length > 2 || TWO_LETTER_ABBREVIATIONS.has(alias);
}

/** "Kenyan" → "Kenyans"; words like "Chinese", "British", "French" or "Swiss" take no 's'. */
export function pluralOf(demonym: string): string | null {
  return /(?:ese|sh|tch|nch|[sxz])$/.test(demonym) ? null : `${demonym}s`;
}

function spellingsOf(record: CountryRecord): string[] {
  const demonyms = [record.demonyms?.eng?.m, record.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
  return [
    record.name.common,
    record.name.official,
    ...record.altSpellings.filter(usableAlias),
    ...demonyms,
    ...demonyms.map(pluralOf).filter((p): p is string => p !== null),
  ];
}

/** Names written with a straight apostrophe also appear with a typographic one, and the other way round. */
function apostropheVariants(name: string): string[] {
  return [name, name.replaceAll("'", '’'), name.replaceAll('’', "'")];
}

/**
 * Every spelling with the country it names. A spelling shared by several countries goes to the
 * one sovereign state among them ("Indian" is India, not the British Indian Ocean Territory) and
 * is dropped when there is no single one ("Dominican", "Congolese"). The NOT_A_COUNTRY phrases
 * come last, with no country.
 */
export function buildNameTable(records: readonly CountryRecord[]): NameEntry[] {
  const owners = new Map<string, Set<string>>();
  const sovereign = new Set<string>();
  const add = (name: string, country: string) => {
    for (const variant of apostropheVariants(name)) owners.set(variant, (owners.get(variant) ?? new Set()).add(country));
  };
  for (const record of records) {
    const country = CODE_OVERRIDES[record.cca3] ?? record.cca3;
    if (record.independent) sovereign.add(country);
    for (const name of spellingsOf(record)) add(name, country);
  }
  for (const { name, country } of EXTRA_NAMES) if (country) add(name, country);

  const entries: NameEntry[] = [];
  const blocked = new Set(NOT_A_COUNTRY.flatMap(apostropheVariants));
  for (const [name, countries] of owners) {
    if (blocked.has(name)) continue;
    const candidates = countries.size === 1 ? [...countries] : [...countries].filter((c) => sovereign.has(c));
    if (candidates.length === 1 && candidates[0] !== undefined) entries.push({ name, country: candidates[0] });
  }
  for (const name of blocked) entries.push({ name, country: null });
  return entries;
}
