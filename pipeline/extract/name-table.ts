// The spellings the extractor looks for, made from the one country table.
import type { CountryRecord } from '../countries/country-records.ts';
import { NOT_A_COUNTRY } from './name-exceptions.ts';
import type { NameEntry } from './types.ts';

/** "Kenyan" → "Kenyans"; words like "Chinese", "British", "French" or "Swiss" take no 's'. */
export function pluralOf(demonym: string): string | null {
  return /(?:ese|sh|tch|nch|[sxz])$/.test(demonym) ? null : `${demonym}s`;
}

// "Korea, Republic of": index forms that never appear in running text.
const inRunningText = (alias: string) => !/, .*\bof(?: the)?$/u.test(alias);

function spellingsOf(record: CountryRecord): string[] {
  return [record.name, ...record.aliases.filter(inRunningText), ...record.demonyms, ...record.demonyms.map(pluralOf).filter((p): p is string => p !== null)];
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
  const sovereign = new Set(records.filter((r) => r.sovereign).map((r) => r.iso3));
  for (const record of records) {
    for (const name of spellingsOf(record)) {
      for (const variant of apostropheVariants(name)) owners.set(variant, (owners.get(variant) ?? new Set()).add(record.iso3));
    }
  }
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
