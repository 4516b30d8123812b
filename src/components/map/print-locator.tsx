import { useAtlas } from '../../state/store.ts';
import { useHydrated } from '../use-hydrated.ts';
import { LocatorInset } from './locator-inset.tsx';

/**
 * On paper, a handout's zoomed map has the world inset in its corner, so that a reader sees where on
 * the globe the country is. Drawn in the map's own units, outside its zoom; added once the app runs,
 * so that a prerendered page stays small. Its ring comes once the map has loaded its finer world for
 * its own zoom: printing never makes the page load it.
 */
export function PrintLocator({ width, height, detailed }: { width: number; height: number; detailed: boolean }) {
  const country = useAtlas((s) => s.country);
  const hydrated = useHydrated();
  if (!hydrated || country === null) return null;
  return (
    <g className="print-locator">
      <LocatorInset iso3={country} box={[0, 0, width, height]} ring={detailed} />
    </g>
  );
}
