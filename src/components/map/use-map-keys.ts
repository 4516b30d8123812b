import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import type { SummaryView } from '../../content/content-index.ts';
import type { QuotesLoader } from '../../content/country-quotes.ts';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import { nearestInDirection, type Direction } from '../../geo/neighbours.ts';
import { prepareWhenResting } from '../../state/prepare.ts';
import { atlasStore } from '../../state/store.ts';
import { uiStore } from '../../state/ui-store.ts';
import { useContent } from '../content-context.tsx';

/** Moves the keyboard's place on the map; a place it rests on is got ready ahead of Enter. */
function focusCountry(quotes: QuotesLoader, iso3: string | null, fromKeyboard: boolean) {
  uiStore.getState().setKeyFocus(iso3);
  if (iso3 !== null && fromKeyboard) prepareWhenResting(quotes, iso3, () => uiStore.getState().keyFocus === iso3);
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The map is one tab stop: arrows move between countries, Enter or Space selects, Escape clears. */
export function useMapKeys(geometry: MapGeometry | null, index: SummaryView) {
  const { quotes } = useContent();
  const onFocus = useCallback(
    (event: FocusEvent) => {
      if (uiStore.getState().keyFocus !== null) return;
      const { country } = atlasStore.getState();
      const start = country ?? index.mentioned[0]?.iso3 ?? geometry?.countries[0]?.iso3 ?? null;
      // A click focuses the map too, but it is not asking for the first country's quotes.
      focusCountry(quotes, start, event.currentTarget.matches(':focus-visible'));
    },
    [geometry, index, quotes],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const { keyFocus } = uiStore.getState();
      const from = keyFocus === null ? undefined : geometry?.byIso3.get(keyFocus);
      const direction = DIRECTIONS[event.key];
      if (direction && geometry && from) {
        const next = nearestInDirection(geometry.countries, from, direction);
        if (next) focusCountry(quotes, next.iso3, true);
      } else if ((event.key === 'Enter' || event.key === ' ') && keyFocus !== null) {
        atlasStore.getState().select(keyFocus);
      } else if (event.key === 'Escape') {
        atlasStore.getState().select(null);
      } else return;
      event.preventDefault();
    },
    [geometry, quotes],
  );

  const onBlur = useCallback(() => uiStore.getState().setKeyFocus(null), []);
  return { onFocus, onKeyDown, onBlur };
}
