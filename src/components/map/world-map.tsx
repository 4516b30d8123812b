import { useMemo } from 'react';
import { CONTENT_INDEX } from '../../content/content.ts';
import { makeMapGeometry } from '../../geo/map-geometry.ts';
import { WORLD, WORLD_ASPECT } from '../../geo/world.ts';
import { useElementSize } from '../use-element-size.ts';
import { CountryShapes } from './country-shapes.tsx';
import { MapHighlights } from './map-highlights.tsx';
import { MapTooltip } from './map-tooltip.tsx';

const named = CONTENT_INDEX.mentioned.filter((s) => s.status === 'named');
const DESCRIPTION =
  `World map, Equal Earth projection. ${named.length} countries are named as places of North Korean activity: ` +
  named.map((s) => `${s.name} (${s.namingArticles.length})`).join(', ') +
  '. Select a country from the list to read its quotes.';

/** The choropleth, fitted to its box and redrawn when the box changes size. */
export function WorldMap() {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const { width, height } = size;
  const geometry = useMemo(() => (width > 0 && height > 0 ? makeMapGeometry(WORLD, width, height) : null), [width, height]);
  return (
    <div className="map-box" ref={ref} style={{ aspectRatio: WORLD_ASPECT }}>
      {geometry && (
        <svg className="world-map" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={DESCRIPTION}>
          <CountryShapes geometry={geometry} />
          <path id="borders" className="borders" d={geometry.borders} pointerEvents="none" />
          <MapHighlights geometry={geometry} />
        </svg>
      )}
      <MapTooltip width={width} />
    </div>
  );
}
