import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SummaryView } from '../../content/content-index.ts';
import { tooltipLine } from '../../content/labels.ts';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import { WORLD_MAP } from '../../geo/world.ts';
import { transformAttribute, transformToFit } from '../../geo/zoom-target.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useUi } from '../../state/ui-store.ts';
import { afterNextPaint } from '../after-paint.ts';
import { useChoropleth, useIndex } from '../content-context.tsx';
import { TakeOver } from '../take-over.tsx';
import { CountryShapes } from './country-shapes.tsx';
import { MapHighlights } from './map-highlights.tsx';
import { MapTooltip } from './map-tooltip.tsx';
import { PrintLocator } from './print-locator.tsx';
import { useMapKeys } from './use-map-keys.ts';
import { useMapZoom, type MapZoom } from './use-map-zoom.ts';
import { usePlace } from '../place-context.tsx';
import './world-map.css';

/** Past this scale the 1:50m world is worth its weight. */
const DETAIL_SCALE = 2.5;

function describe(index: SummaryView): string {
  const named = index.mentioned.filter((s) => s.status === 'named');
  return (
    `World map, Equal Earth projection, of the countries the articles name. ${named.length} countries are named as places of North Korean activity; ` +
    `the most cited are ${named
      .slice(0, 5)
      .map((s) => `${s.name} (${s.namingCount} articles)`)
      .join(', ')}.`
  );
}

const HELP = 'Use the arrow keys to move between countries, Enter to open one, Escape to close it. The table view lists the same countries.';

/**
 * Zooms to the selected country; on its own, so that selecting one does not draw the whole map
 * component again. A finer world loading later does not zoom again.
 */
function ZoomToSelected({ zoom, geometry }: { zoom: MapZoom; geometry: MapGeometry }) {
  const country = useAtlas((s) => s.country);
  const latest = useRef(geometry);
  latest.current = geometry;
  // The country the map shows already: a page opened on one is drawn zoomed to it.
  const shown = useRef(country);
  useEffect(() => {
    if (country === shown.current) return;
    const target = country === null ? undefined : latest.current.byIso3.get(country);
    if (!target) {
      shown.current = country;
      return;
    }
    // From the next frame, so that the frame that opens the panel is not also the zoom's first.
    const frame = requestAnimationFrame(() => {
      shown.current = country;
      zoom.zoomTo(target.focus);
    });
    return () => cancelAnimationFrame(frame);
  }, [country, zoom]);
  return null;
}

/** The choropleth: scaled to its box, zoomable, and one tab stop. */
export function WorldMap() {
  const index = useIndex();
  const choropleth = useChoropleth();
  const [detail, setDetail] = useState<MapGeometry | null>(null);
  // Projected at build time; the view box scales it to any size, so a resize redraws nothing.
  const geometry = detail ?? WORLD_MAP;
  const { width, height } = geometry;
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const loading = useRef(false);
  // A page opened on a country is drawn zoomed to it, on the server as in the browser; the zoom carries on from there.
  const [start] = useState(() => {
    const country = atlasStore.getState().country;
    const target = country === null ? undefined : WORLD_MAP.byIso3.get(country);
    return target && transformToFit(target.focus, WORLD_MAP.width, WORLD_MAP.height);
  });
  // Framed in another site's page, the map lets the wheel scroll that page: Ctrl or ⌘ with the wheel zooms.
  const wheelNeedsKey = usePlace().embed;
  const zoom = useMapZoom(
    svg,
    layer,
    width,
    height,
    (k) => {
      if (k < DETAIL_SCALE || loading.current) return;
      loading.current = true;
      void import('../../geo/world-detail.ts').then((m) => setDetail(m.WORLD_50M));
    },
    start,
    wheelNeedsKey,
  );
  const keys = useMapKeys(geometry, index);
  const focused = useUi((s) => s.keyFocus);
  const description = useMemo(() => describe(index), [index]);

  // For anyone timing the atlas (npm run bench, the browser's performance panel): once the frame from which the map answers clicks has been painted.
  useLayoutEffect(() => afterNextPaint(() => performance.mark('atlas:map-interactive')), []);

  const focusedSummary = focused === null ? undefined : index.summaries.get(focused);
  return (
    // Reaching for the map loads its zoom: a pointer coming in, a touch, the wheel, or the keyboard.
    <div className="map-box" onPointerEnter={zoom.wake} onPointerDown={zoom.wake} onTouchStart={zoom.wake} onWheel={(e) => (!wheelNeedsKey || e.ctrlKey || e.metaKey) && zoom.wheel(e.deltaY)} onFocus={zoom.wake}>
      <div className="map-canvas" tabIndex={0} role="application" aria-label={`${description} ${HELP}`} {...keys}>
        <svg ref={svg} className="world-map" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" data-detail={detail ? '50m' : '110m'}>
          <g ref={layer} className="zoom-layer" transform={start && transformAttribute(start)}>
            <TakeOver>
              <CountryShapes geometry={geometry} index={index} choropleth={choropleth} />
            </TakeOver>
            <path id="borders" className="borders" d={geometry.borders} pointerEvents="none" />
            <MapHighlights geometry={geometry} />
          </g>
          <PrintLocator width={width} height={height} detailed={detail !== null} />
        </svg>
      </div>
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom.zoomBy(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={zoom.reset} aria-label="Reset zoom">
          ⟲
        </button>
      </div>
      <MapTooltip />
      <ZoomToSelected zoom={zoom} geometry={geometry} />
      <p className="visually-hidden" aria-live="polite">
        {focusedSummary ? `${focusedSummary.name}: ${tooltipLine(focusedSummary)}` : ''}
      </p>
    </div>
  );
}
