import { useAtlas } from '../../state/store.ts';
import { TourLocator } from '../tour/tour-locator.tsx';
import { useHydrated } from '../use-hydrated.ts';

/**
 * On paper, a handout's zoomed map has the tour's world inset in its corner, so that a reader sees
 * where on the globe the country is. Drawn in the map's own units, outside its zoom; added once the
 * app runs, so that a prerendered page stays small.
 */
export function PrintLocator({ width, height }: { width: number; height: number }) {
  const country = useAtlas((s) => s.country);
  const hydrated = useHydrated();
  if (!hydrated || country === null) return null;
  return (
    <g className="print-locator">
      <TourLocator iso3={country} box={[0, 0, width, height]} />
    </g>
  );
}
