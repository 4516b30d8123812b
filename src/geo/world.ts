// The shipped world, projected at build time (pipeline/map-outline.ts) and shared by every view.
// In the built page the paths come from the prerendered map in the HTML, read once before the
// app replaces it; the bundle carries only each country's centre and boxes.
import outline from 'virtual:atlas/map';
import type { CountryPath, MapGeometry, ProjectionFrame } from './map-geometry.ts';

interface Shipped {
  width: number;
  height: number;
  frame: ProjectionFrame;
  countries: CountryPath[];
  borders: string;
}

/** Path data of the map already drawn in the page, by country code, with the borders under "". */
function pathsInPage(): Map<string, string> {
  const paths = new Map<string, string>();
  if (typeof document === 'undefined') return paths;
  for (const path of document.querySelectorAll('#countries path[data-iso3]')) paths.set(path.getAttribute('data-iso3') ?? '', path.getAttribute('d') ?? '');
  paths.set('', document.getElementById('borders')?.getAttribute('d') ?? '');
  return paths;
}

function withPaths(shipped: Shipped): Shipped {
  if (shipped.countries.every((c) => c.d !== '')) return shipped;
  const page = pathsInPage();
  return { ...shipped, countries: shipped.countries.map((c) => ({ ...c, d: page.get(c.iso3) ?? '' })), borders: page.get('') ?? '' };
}

const shipped = withPaths(outline as Shipped);

export const WORLD_MAP: MapGeometry = { ...shipped, byIso3: new Map(shipped.countries.map((c) => [c.iso3, c])) };

/** The projection behind WORLD_MAP, for the detailed world to line up with it. */
export const WORLD_FRAME: ProjectionFrame = shipped.frame;

export const WORLD_ASPECT = WORLD_MAP.width / WORLD_MAP.height;
