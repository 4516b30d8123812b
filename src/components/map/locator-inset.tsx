import { useEffect, useMemo, useState } from 'react';
import { WORLD_MAP } from '../../geo/world.ts';
import type { LocatorMark } from './locator-mark.ts';
import './locator-inset.css';

const { width: WIDTH, height: HEIGHT } = WORLD_MAP;
// The inset's share of the map's width, and its margin from the map's corner.
const SHARE = 0.3;
const MARGIN = 0.02;
// A ring never smaller than this share of the world's width, so that a small country is found.
const MIN_RING = 0.035;

type ViewBox = readonly [number, number, number, number];

/** The ring around where the country lies, once the locator has found it; until then, or when not wanted, none. */
function useMark(iso3: string, wanted: boolean): LocatorMark | null {
  const [found, setFound] = useState<{ iso3: string; mark: LocatorMark | null } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./locator-mark.ts').then(({ locatorMarkOf }) => {
      if (live) setFound({ iso3, mark: locatorMarkOf(iso3) });
    });
    return () => {
      live = false;
    };
  }, [iso3, wanted]);
  return wanted && found?.iso3 === iso3 ? found.mark : null;
}

/**
 * The whole world in the bottom-left corner of a zoomed map (a tour step, a printed handout), the
 * country filled and ringed, so that the room or the reader sees where on the globe the close-up is.
 * Drawn in the map's own units: `box` is the map's current view, and the inset keeps its place while
 * the map zooms. The ring needs the detailed world: `ring` says whether it is worth loading here.
 */
export function LocatorInset({ iso3, box, ring = true }: { iso3: string; box: ViewBox; ring?: boolean }) {
  const land = useMemo(() => WORLD_MAP.countries.map((c) => c.d).join(''), []);
  const mark = useMark(iso3, ring);
  const country = WORLD_MAP.byIso3.get(iso3);
  const [x0, y0, w, h] = box;
  const width = w * SHARE;
  const height = (width * HEIGHT) / WIDTH;
  return (
    <svg className="locator-inset" data-iso3={iso3} x={x0 + w * MARGIN} y={y0 + h - height - w * MARGIN} width={width} height={height} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <rect className="locator-inset-sea" x="0" y="0" width={WIDTH} height={HEIGHT} />
      <path className="locator-inset-land" d={land} />
      {country && <path className="locator-inset-country" d={country.d} />}
      {mark && <circle className="locator-inset-ring" cx={mark.x} cy={mark.y} r={Math.max(mark.r, WIDTH * MIN_RING)} />}
    </svg>
  );
}
