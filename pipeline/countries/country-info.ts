// The country table as the app receives it, in the summary: the lookup, search and deep links read it.
import type { CountryInfo } from '../../src/content/types.ts';
import { usableAlias, type CountryRecord } from './country-records.ts';

/**
 * Each record with its display name and the aliases a link or search may use. An alias that could
 * mean two countries is dropped, so that no name leads to the wrong one. `mapLabels` holds the
 * countries the map draws, with the map's own label, which is accepted too ("Dem. Rep. Congo").
 */
export function toCountryInfos(records: readonly CountryRecord[], mapLabels: ReadonlyMap<string, string | undefined>): CountryInfo[] {
  const withLabel = (r: CountryRecord) => [...new Set([...r.aliases, mapLabels.get(r.iso3) ?? ''])].filter((a) => a !== r.name && usableAlias(a));
  const spellings = new Map(records.map((r) => [r.iso3, withLabel(r)]));
  const owners = new Map<string, Set<string>>();
  for (const r of records) {
    for (const s of [r.name, ...(spellings.get(r.iso3) ?? [])]) owners.set(s.toLowerCase(), (owners.get(s.toLowerCase()) ?? new Set()).add(r.iso3));
  }
  return records.map((r) => ({
    iso3: r.iso3,
    iso2: r.iso2,
    name: r.name,
    onMap: mapLabels.has(r.iso3),
    aliases: (spellings.get(r.iso3) ?? []).filter((a) => owners.get(a.toLowerCase())?.size === 1),
  }));
}
