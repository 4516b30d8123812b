import { useCallback, type KeyboardEvent } from 'react';
import type { SummaryView } from '../../content/content-index.ts';
import type { MapGeometry } from '../../geo/map-geometry.ts';
import { nearestInDirection, type Direction } from '../../geo/neighbours.ts';
import { atlasStore } from '../../state/store.ts';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The map is one tab stop: arrows move between countries, Enter or Space selects, Escape clears. */
export function useMapKeys(geometry: MapGeometry | null, index: SummaryView) {
  const onFocus = useCallback(() => {
    const { keyFocus, country } = atlasStore.getState();
    if (keyFocus !== null) return;
    const start = country ?? index.mentioned[0]?.iso3 ?? geometry?.countries[0]?.iso3 ?? null;
    atlasStore.getState().setKeyFocus(start);
  }, [geometry, index]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const state = atlasStore.getState();
      const from = state.keyFocus === null ? undefined : geometry?.byIso3.get(state.keyFocus);
      const direction = DIRECTIONS[event.key];
      if (direction && geometry && from) {
        const next = nearestInDirection(geometry.countries, from, direction);
        if (next) state.setKeyFocus(next.iso3);
      } else if ((event.key === 'Enter' || event.key === ' ') && state.keyFocus !== null) {
        state.select(state.keyFocus);
      } else if (event.key === 'Escape') {
        state.select(null);
      } else return;
      event.preventDefault();
    },
    [geometry],
  );

  const onBlur = useCallback(() => atlasStore.getState().setKeyFocus(null), []);
  return { onFocus, onKeyDown, onBlur };
}
