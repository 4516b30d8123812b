import { memo, type MouseEvent, type PointerEvent } from 'react';
import { CONTENT_INDEX } from '../../content/content.ts';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import { CHOROPLETH } from '../../state/atlas-model.ts';
import { atlasStore } from '../../state/store.ts';

const isoOf = (target: EventTarget) => (target instanceof Element ? target.getAttribute('data-iso3') : null);

function onPointerMove(event: PointerEvent<SVGGElement>) {
  // On touch a tap selects; there is no hover to show.
  if (event.pointerType === 'touch') return;
  const iso3 = isoOf(event.target);
  const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
  if (!iso3 || !box) return atlasStore.getState().setHover(null);
  atlasStore.getState().setHover({ iso3, x: event.clientX - box.left, y: event.clientY - box.top });
}

function onClick(event: MouseEvent<SVGGElement>) {
  const iso3 = isoOf(event.target);
  if (iso3) atlasStore.getState().select(iso3);
}

const clearHover = () => atlasStore.getState().setHover(null);

/** Every country's shape; drawn again only when the map's size changes, never on hover. */
export const CountryShapes = memo(function CountryShapes({ geometry }: { geometry: MapGeometry }) {
  return (
    <g id="countries" onPointerMove={onPointerMove} onPointerLeave={clearHover} onClick={onClick}>
      {geometry.countries.map((c) => {
        const summary = CONTENT_INDEX.summaries.get(c.iso3);
        return (
          <path
            key={c.iso3}
            className="country"
            d={c.d}
            data-iso3={c.iso3}
            data-legend={CHOROPLETH.keyOf(summary)}
            fill={CHOROPLETH.fillOf(summary)}
          />
        );
      })}
    </g>
  );
});
