// The countries of the 1:50m world, unprojected: for the detailed map once zoomed in, and for
// close-ups of one region drawn at build time (a link preview's locator).
import detailed from 'virtual:atlas/world-50m';
import { LEFT_OUT } from './left-out.ts';
import { toFeatures, type CountriesTopology, type CountryFeature } from './topology.ts';

export const DETAIL_TOPOLOGY = detailed as CountriesTopology;

export const DETAIL_COUNTRIES: readonly CountryFeature[] = toFeatures(DETAIL_TOPOLOGY).filter((f) => !LEFT_OUT.has(f.id));
