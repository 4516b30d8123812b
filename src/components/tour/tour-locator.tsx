import { useEffect, useMemo, useState } from 'react';
import { WORLD_MAP } from '../../geo/world.ts';
import type { LocatorMark } from './tour-locator-mark.ts';
import './tour-locator.css';

const { width: WIDTH, height: HEIGHT } = WORLD_MAP;
// The inset's share of the map's width, and its margin from the map's corner.
const SHARE = 0.3;
const MARGIN = 0.02;
// A ring never smaller than this share of the world's width, so that a small country is found.
const MIN_RING = 0.035;

type ViewBox = readonly [number, number, number, number];

/** The ring around where the country lies, once the locator has found it; until then, none. */
function useMark(iso3: string): LocatorMark | null {
  const [found, setFound] = useState<{ iso3: string; mark: LocatorMark | null } | null>(null);
  useEffect(() => {
    let live = true;
    void import('./tour-locator-mark.ts').then(({ locatorMarkOf }) => {
      if (live) setFound({ iso3, mark: locatorMarkOf(iso3) });
    });
    return () => {
      live = false;
    };
  }, [iso3]);
  return found?.iso3 === iso3 ? found.mark : null;
}

/**
 * The whole world in the bottom-left corner of the zoomed map, the country filled and ringed, so
 * that the room sees where on the globe the close-up is. Drawn in the map's own units: `box` is the
 * map's current view, and the inset keeps its place on screen while the map zooms.
 */
export function TourLocator({ iso3, box }: { iso3: string; box: ViewBox }) {
  const land = useMemo(() => WORLD_MAP.countries.map((c) => c.d).join(''), []);
  const mark = useMark(iso3);
  const country = WORLD_MAP.byIso3.get(iso3);
  const [x0, y0, w, h] = box;
  const width = w * SHARE;
  const height = (width * HEIGHT) / WIDTH;
  return (
    <svg className="tour-locator" data-iso3={iso3} x={x0 + w * MARGIN} y={y0 + h - height - w * MARGIN} width={width} height={height} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <rect className="tour-locator-sea" x="0" y="0" width={WIDTH} height={HEIGHT} />
      <path className="tour-locator-land" d={land} />
      {country && <path className="tour-locator-country" d={country.d} />}
      {mark && <circle className="tour-locator-ring" cx={mark.x} cy={mark.y} r={Math.max(mark.r, WIDTH * MIN_RING)} />}
    </svg>
  );
}
