import { useMemo } from 'react';
import type { ContentIndex } from '../../content/content-index.ts';
import { makeMapGeometry } from '../../geo/map-geometry.ts';
import { WORLD, WORLD_ASPECT } from '../../geo/world.ts';
import { useChoropleth, useIndex } from '../../state/atlas-model.ts';
import { useElementSize } from '../use-element-size.ts';
import { CountryShapes } from './country-shapes.tsx';
import { MapHighlights } from './map-highlights.tsx';
import { MapTooltip } from './map-tooltip.tsx';

function describe(index: ContentIndex): string {
  const named = index.mentioned.filter((s) => s.status === 'named');
  return (
    `World map, Equal Earth projection. ${named.length} countries are named as places of North Korean activity: ` +
    named.map((s) => `${s.name} (${s.namingArticles.length})`).join(', ') +
    '. Select a country from the list to read its quotes.'
  );
}

/** The choropleth, fitted to its box and redrawn when the box changes size. */
export function WorldMap() {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const { width, height } = size;
  const index = useIndex();
  const choropleth = useChoropleth();
  const geometry = useMemo(() => (width > 0 && height > 0 ? makeMapGeometry(WORLD, width, height) : null), [width, height]);
  const description = useMemo(() => describe(index), [index]);
  return (
    <div className="map-box" ref={ref} style={{ aspectRatio: WORLD_ASPECT }}>
      {geometry && (
        <svg className="world-map" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
          <CountryShapes geometry={geometry} index={index} choropleth={choropleth} />
          <path id="borders" className="borders" d={geometry.borders} pointerEvents="none" />
          <MapHighlights geometry={geometry} />
        </svg>
      )}
      <MapTooltip width={width} />
    </div>
  );
}
