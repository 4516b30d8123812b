import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiLineString } from 'geojson';

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

export interface CountryFeature extends Feature<Geometry> {
  id: string;
}

/** One GeoJSON feature per country; ids are the topology's (alpha-3 codes in the shipped world). */
export function toFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f) => ({ ...f, id: String(f.id) }));
}

/** Borders shared by two countries, drawn once each. */
export function toBorders(topology: CountriesTopology): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b);
}

/** Coastlines: arcs that belong to one country only. */
export function toCoastline(topology: CountriesTopology): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a === b);
}
