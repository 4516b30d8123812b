// Where the page sits (src/page-place.ts), handed down from the root: given in src/start.tsx and
// src/prerender.tsx; parts that link between pages read it, and the app chooses its chrome by it.
import { createContext, useContext, type ReactNode } from 'react';
import { placeFor, type PagePlace } from '../page-place.ts';

const PlaceContext = createContext<PagePlace>(placeFor(import.meta.env.BASE_URL, false));

export function PlaceProvider({ place, children }: { place: PagePlace; children: ReactNode }) {
  return <PlaceContext value={place}>{children}</PlaceContext>;
}

export const usePlace = (): PagePlace => useContext(PlaceContext);
