// Build-time preparation of the world topology, and the country table that ships with the app.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryInfo } from '../src/content/types.ts';
import { toCountryInfos } from './countries/country-info.ts';
import { countryRecords, type CountryRecord } from './countries/country-records.ts';

const require = createRequire(import.meta.url);

type WorldTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export function readWorldAtlas(resolution: '110m' | '50m' = '110m'): WorldTopology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as WorldTopology;
}

type Geometry = WorldTopology['objects']['countries']['geometries'][number];

const labelOf = (g: Geometry) => (g.properties as { name?: string } | null)?.name;

/** A feature's code from the country table: by its ISO numeric id, or by its label for the user-assigned codes. */
function codeFinder(records: readonly CountryRecord[]): (g: Geometry) => string | null {
  const byNumeric = new Map(records.filter((r) => r.numeric).map((r) => [r.numeric, r.iso3]));
  const byLabel = new Map(records.filter((r) => r.topologyName).map((r) => [r.topologyName, r.iso3]));
  return (g) => (g.id !== undefined ? byNumeric.get(String(g.id).padStart(3, '0')) : byLabel.get(labelOf(g) ?? null)) ?? null;
}

/** Every country of the one table, marked with whether the topology draws it. */
export function makeCountryTable(topology: WorldTopology, records: readonly CountryRecord[] = countryRecords()): CountryInfo[] {
  const codeOf = codeFinder(records);
  const mapLabels = new Map<string, string | undefined>();
  for (const g of topology.objects.countries.geometries) {
    const iso3 = codeOf(g);
    if (iso3) mapLabels.set(iso3, labelOf(g));
  }
  return toCountryInfos(records, mapLabels);
}

// A polygon is a list of rings, each a list of arc indexes.
type Rings = number[][];

const polygonsOf = (g: Geometry): Rings[] => (g.type === 'Polygon' ? [g.arcs as Rings] : g.type === 'MultiPolygon' ? (g.arcs as Rings[]) : []);

/**
 * The topology as the app ships it: ids are alpha-3 codes and names are dropped. Features that
 * share a code (50m draws Australia's Ashmore and Cartier Islands apart) become one shape.
 */
export function slimTopology(topology: WorldTopology, records: readonly CountryRecord[] = countryRecords()): WorldTopology {
  const codeOf = codeFinder(records);
  const byCode = new Map<string, Rings[]>();
  for (const g of topology.objects.countries.geometries) {
    const iso3 = codeOf(g);
    if (iso3) byCode.set(iso3, [...(byCode.get(iso3) ?? []), ...polygonsOf(g)]);
  }
  const geometries = [...byCode].map(([id, polygons]): Geometry =>
    polygons.length === 1 ? { type: 'Polygon', id, arcs: polygons[0] as Rings, properties: {} } : { type: 'MultiPolygon', id, arcs: polygons, properties: {} },
  );
  return { ...topology, objects: { countries: { ...topology.objects.countries, geometries } } };
}
