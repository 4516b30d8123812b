import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import { WORLD_ASPECT, WORLD_MAP } from '../../geo/world.ts';
import { choroplethFor } from '../../state/atlas-model.ts';
import { useContent, useFilters, useWholeContent } from '../content-context.tsx';
import { LocatorInset } from '../map/locator-inset.tsx';
import type { Measure } from '../../state/url.ts';
import '../map/map-palette.css';
import './tour-map.css';

const { width: WIDTH, height: HEIGHT } = WORLD_MAP;
const FULL: ViewBox = [0, 0, WIDTH, HEIGHT];
const MIN_SPAN = WIDTH * 0.16;
const DURATION = 450;

type ViewBox = [number, number, number, number];

const MAP_LABELS: Record<Measure, string> = {
  articles: 'World map of the named countries',
  kind: 'World map of the named countries, coloured by what is claimed of each',
  reports: 'World map of the named countries, coloured by which reports name each',
};

/** A box around the country, generous enough to show its neighbours, in the map's aspect ratio. */
function boxAround(geometry: MapGeometry, iso3: string | null): ViewBox {
  const c = iso3 === null ? undefined : geometry.byIso3.get(iso3);
  if (!c) return FULL;
  const [[x0, y0], [x1, y1]] = c.bounds;
  const span = Math.max(MIN_SPAN, (x1 - x0) * 2.4, (y1 - y0) * 2.4 * WORLD_ASPECT);
  const w = Math.min(WIDTH, span);
  const h = w / WORLD_ASPECT;
  const x = Math.min(Math.max(0, (x0 + x1) / 2 - w / 2), WIDTH - w);
  const y = Math.min(Math.max(0, (y0 + y1) / 2 - h / 2), HEIGHT - h);
  return [x, y, w, h];
}

/** Eases the view box toward its target; jumps when the reader prefers reduced motion. */
function useZoom(target: ViewBox): ViewBox {
  const [box, setBox] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = from.current;
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      from.current = target;
      setBox(target);
      return;
    }
    const t0 = performance.now();
    let frame = 0;
    const step = (now: number) => {
      // A frame's timestamp can be a little before t0; progress must never run backwards.
      const t = Math.min(1, Math.max(0, (now - t0) / DURATION));
      const k = 1 - (1 - t) ** 3;
      const next = start.map((v, i) => v + ((target[i] as number) - v) * k) as ViewBox;
      from.current = next;
      setBox(next);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return box;
}

/** The whole-content choropleth, zoomed to one country or showing the world; by articles unless another measure is asked for. */
export function TourMap({ focus, measure = 'articles' }: { focus: string | null; measure?: Measure }) {
  const geometry = WORLD_MAP;
  const target = useMemo(() => boxAround(geometry, focus), [geometry, focus]);
  const box = useZoom(target);
  const filters = useFilters();
  // Coloured as the filters leave the content; what changed between the reports is over every report.
  const scope = measure === 'reports' ? { ...filters, report: null } : filters;
  const choropleth = choroplethFor(useContent(), scope, measure);
  const index = useWholeContent().for(scope);
  const selected = focus === null ? undefined : geometry.byIso3.get(focus);
  const name = focus === null ? '' : (index.countries.get(focus)?.name ?? focus);
  return (
    <svg className="tour-map" viewBox={box.join(' ')} role="img" aria-label={focus ? `Map zoomed to ${name}, with a world map in its corner showing where it lies` : MAP_LABELS[measure]}>
      <rect className="tour-ocean" x="0" y="0" width={WIDTH} height={HEIGHT} />
      <g>
        {geometry.countries.map((c) => (
          <path key={c.iso3} d={c.d} data-paint={choropleth.fillOf(index.summaries.get(c.iso3))} data-iso3={c.iso3} className="tour-country" />
        ))}
      </g>
      <path d={geometry.borders} className="tour-borders" />
      {selected && <path d={selected.d} className="tour-selected" data-selected={focus ?? undefined} />}
      {focus !== null && <LocatorInset iso3={focus} box={box} />}
    </svg>
  );
}
