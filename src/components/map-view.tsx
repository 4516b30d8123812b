import { memo } from 'react';
import { atlasStore, useAtlas } from '../state/store.ts';
import { useUi } from '../state/ui-store.ts';
import { CountryList } from './country-list.tsx';
import { Legend } from './map/legend.tsx';
import { WorldMap } from './map/world-map.tsx';
import { CountryPanel } from './panel/country-panel.tsx';
import { PartBoundary } from './part-boundary.tsx';
import { PrintCountryTable } from './print/print-parts.tsx';
import { TakeOver } from './take-over.tsx';
import './app.css';

// Opening or closing the panel changes the layout only: the map area is not rendered again.
const MapArea = memo(function MapArea() {
  return (
    <section className="map-area" aria-label="Map">
      <WorldMap />
      <TakeOver>
        <Legend />
        <PrintCountryTable />
      </TakeOver>
    </section>
  );
});

/** The map, the list of countries under it (left out where the chrome is compact), and the open country's panel. */
export function MapView({ list = true }: { list?: boolean }) {
  const hasPanel = useAtlas((s) => s.country !== null);
  const sheet = useUi((s) => s.sheet);
  return (
    <main className={hasPanel ? 'layout has-panel' : 'layout'} data-sheet={sheet}>
      <MapArea />
      {list && (
        <TakeOver>
          <CountryList />
        </TakeOver>
      )}
      <Panel />
    </main>
  );
}

const closePanel = () => atlasStore.getState().select(null);

/**
 * The selected country's panel; and the one likely to be opened next, drawn ahead out of sight,
 * so that opening it only has to move it into place.
 */
export function Panel() {
  const country = useAtlas((s) => s.country);
  const prepared = useUi((s) => s.prepared);
  const panels = country === null ? [] : [country];
  if (prepared !== null && prepared !== country) panels.push(prepared);
  // A panel drawn ahead that fails stays out of sight, and tries again when it is opened.
  return panels.map((iso3) => (
    <PartBoundary key={iso3} part="the country panel" onLeave={closePanel} leaveLabel="Close the panel" resetKey={iso3 === country} quiet={iso3 !== country}>
      <TakeOver>
        <CountryPanel iso3={iso3} shown={iso3 === country} />
      </TakeOver>
    </PartBoundary>
  ));
}

