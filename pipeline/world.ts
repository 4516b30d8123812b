// Build-time preparation of the world topology and the country table that ships with the app.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import countriesLib from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryInfo } from '../src/content/types.ts';

const require = createRequire(import.meta.url);

interface NameTable {
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  unofficial: { topologyName: string; iso3: string; iso2: string | null; name: string }[];
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export function readWorldAtlas(resolution: '110m' | '50m' = '110m'): WorldTopology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as WorldTopology;
}

function readNames(): NameTable {
  return JSON.parse(readFileSync(new URL('./country-names.json', import.meta.url), 'utf8')) as NameTable;
}

/** The ISO 3166-1 alpha-3 code of a topology feature, or the user-assigned one for features without one. */
function iso3Of(geometry: { id?: string | number; properties?: { name?: string } | null }, table: NameTable): string | null {
  if (geometry.id !== undefined) return countriesLib.numericToAlpha3(String(geometry.id).padStart(3, '0')) ?? null;
  return table.unofficial.find((u) => u.topologyName === geometry.properties?.name)?.iso3 ?? null;
}

/** Every ISO country plus the map's unofficial features, with a display name and aliases; ambiguous aliases are dropped. */
export function makeCountryTable(topology: WorldTopology): CountryInfo[] {
  const table = readNames();
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const onMap = new Map<string, string | undefined>();
  for (const g of topology.objects.countries.geometries) {
    const iso3 = iso3Of(g, table);
    if (iso3) onMap.set(iso3, (g.properties as { name?: string } | null)?.name);
  }
  const rows: (Omit<CountryInfo, 'aliases'> & { all: string[] })[] = [];
  const unofficialIso2 = new Set(table.unofficial.map((u) => u.iso2));
  for (const [iso2, names] of Object.entries(en)) {
    const iso3 = countriesLib.alpha2ToAlpha3(iso2);
    // Kosovo has no ISO code; the package calls it XKK, the map (like the EU and World Bank) XKX.
    if (!iso3 || unofficialIso2.has(iso2)) continue;
    const list = Array.isArray(names) ? names : [names];
    const name = table.names[iso3] ?? list[0] ?? iso3;
    const all = [...list, ...(table.aliases[iso3] ?? []), onMap.get(iso3) ?? ''].filter(Boolean);
    rows.push({ iso3, iso2, name, onMap: onMap.has(iso3), all });
  }
  for (const u of table.unofficial) rows.push({ iso3: u.iso3, iso2: u.iso2, name: u.name, onMap: onMap.has(u.iso3), all: [u.topologyName] });

  const owners = new Map<string, Set<string>>();
  for (const r of rows) for (const a of [r.name, ...r.all]) owners.set(a.toLowerCase(), (owners.get(a.toLowerCase()) ?? new Set()).add(r.iso3));
  return rows
    .map(({ all, ...r }) => ({
      ...r,
      aliases: [...new Set(all)].filter((a) => a !== r.name && owners.get(a.toLowerCase())?.size === 1),
    }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

type Geometry = WorldTopology['objects']['countries']['geometries'][number];
// A polygon is a list of rings, each a list of arc indexes.
type Rings = number[][];

const polygonsOf = (g: Geometry): Rings[] => (g.type === 'Polygon' ? [g.arcs as Rings] : g.type === 'MultiPolygon' ? (g.arcs as Rings[]) : []);

/**
 * The topology as the app ships it: ids are alpha-3 codes and names are dropped. Features that
 * share a code (50m draws Australia's Ashmore and Cartier Islands apart) become one shape.
 */
export function slimTopology(topology: WorldTopology): WorldTopology {
  const table = readNames();
  const byCode = new Map<string, Rings[]>();
  for (const g of topology.objects.countries.geometries) {
    const iso3 = iso3Of(g, table);
    if (iso3) byCode.set(iso3, [...(byCode.get(iso3) ?? []), ...polygonsOf(g)]);
  }
  const geometries = [...byCode].map(([id, polygons]): Geometry =>
    polygons.length === 1 ? { type: 'Polygon', id, arcs: polygons[0] as Rings, properties: {} } : { type: 'MultiPolygon', id, arcs: polygons, properties: {} },
  );
  return { ...topology, objects: { countries: { ...topology.objects.countries, geometries } } };
}
