import { memo, useMemo, type MouseEvent, type PointerEvent } from 'react';
import type { SummaryView } from '../../content/content-index.ts';
import type { QuotesLoader } from '../../content/country-quotes.ts';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import type { Choropleth } from '../../state/choropleth.ts';
import { prepareCountry, prepareWhenResting } from '../../state/prepare.ts';
import { atlasStore } from '../../state/store.ts';
import { uiStore } from '../../state/ui-store.ts';
import { useContent } from '../content-context.tsx';
import { opensElsewhere, useCountryPage } from '../use-country-page.ts';
import './map-palette.css';
import './country-shapes.css';

const isoOf = (target: EventTarget) => (target instanceof Element ? target.getAttribute('data-iso3') : null);

/** The pointer's handlers on the map; a country it rests on, or presses, is got ready ahead of the click. */
function pointerHandlers(quotes: QuotesLoader) {
  return {
    onPointerMove(event: PointerEvent<SVGGElement>) {
      // On touch a tap selects; there is no hover to show.
      if (event.pointerType === 'touch') return;
      const iso3 = isoOf(event.target);
      const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
      if (!iso3 || !box) return uiStore.getState().setHover(null);
      if (uiStore.getState().hover?.iso3 !== iso3) prepareWhenResting(quotes, iso3, () => uiStore.getState().hover?.iso3 === iso3);
      uiStore.getState().setHover({ iso3, x: event.clientX - box.left, y: event.clientY - box.top, boxWidth: box.width });
    },
    // A press is most of the way to a click (and a tap has no hover): the country is got ready while the button is down.
    onPointerDown(event: PointerEvent<SVGGElement>) {
      const iso3 = isoOf(event.target);
      if (iso3 && event.isPrimary && event.button === 0) prepareCountry(quotes, iso3);
    },
  };
}

// A country with a page is a link to it, so that a click before the app runs still opens it;
// once it runs, the click opens it in place, unless it asks for a new tab or window.
function onClick(event: MouseEvent<SVGGElement>) {
  const iso3 = isoOf(event.target);
  if (!iso3 || opensElsewhere(event)) return;
  event.preventDefault();
  atlasStore.getState().select(iso3);
}

const clearHover = () => uiStore.getState().setHover(null);

interface Props {
  geometry: MapGeometry;
  index: SummaryView;
  choropleth: Choropleth;
}

/** Every country's shape; drawn again only when the size, filter or measure changes, never on hover. */
export const CountryShapes = memo(function CountryShapes({ geometry, index, choropleth }: Props) {
  const { quotes } = useContent();
  const { onPointerMove, onPointerDown } = useMemo(() => pointerHandlers(quotes), [quotes]);
  const pageOf = useCountryPage();
  return (
    <g id="countries" onPointerMove={onPointerMove} onPointerLeave={clearHover} onPointerDown={onPointerDown} onClick={onClick}>
      {geometry.countries.map((c) => {
        const summary = index.summaries.get(c.iso3);
        const shape = <path key={c.iso3} className="country" d={c.d} data-iso3={c.iso3} data-legend={choropleth.keyOf(summary)} data-paint={choropleth.fillOf(summary)} />;
        const page = pageOf(c.iso3);
        // Out of the tab order: the map is one tab stop, and the arrow keys move between countries.
        return page === undefined ? (
          shape
        ) : (
          <a key={c.iso3} href={page} tabIndex={-1}>
            {shape}
          </a>
        );
      })}
    </g>
  );
});
