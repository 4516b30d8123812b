// What the page is doing for the moment (the pointer, the keyboard's place in the map, a panel
// drawn ahead), apart from the view a link carries: none of it is ever written to the URL.
import { createStore } from 'zustand/vanilla';
import { useStoreNow } from './use-store-now.ts';
import { atlasStore } from './store.ts';

export interface Hover {
  iso3: string;
  /** Pointer position inside the map box, in CSS pixels. */
  x: number;
  y: number;
  /** The map box's width then, in CSS pixels: where the tooltip has room. */
  boxWidth: number;
}

/** How much of a phone's screen the country's sheet takes: its heading, half, or nearly all. */
export type SheetHeight = 'peek' | 'half' | 'full';
export const SHEET_HEIGHTS: readonly SheetHeight[] = ['peek', 'half', 'full'];

export interface UiState {
  hover: Hover | null;
  /** The country the keyboard is on inside the map (not the selection). */
  keyFocus: string | null;
  /** A country the user is likely to open next (pointer resting or pressed on it), its quotes loaded: its panel is drawn ahead, hidden. */
  prepared: string | null;
  /** The country's sheet on a phone; every country opens at half height. */
  sheet: SheetHeight;
  setHover: (hover: Hover | null) => void;
  setKeyFocus: (iso3: string | null) => void;
  setPrepared: (iso3: string | null) => void;
  setSheet: (sheet: SheetHeight) => void;
}

export const initialUiState = { hover: null, keyFocus: null, prepared: null, sheet: 'half' } satisfies Partial<UiState>;

export const uiStore = createStore<UiState>()((set) => ({
  ...initialUiState,
  setHover: (hover) => set({ hover }),
  setKeyFocus: (keyFocus) => set({ keyFocus }),
  setPrepared: (prepared) => set({ prepared }),
  setSheet: (sheet) => set({ sheet }),
}));

// A panel that closes is let go, not kept drawn ahead with focus still inside it; whatever changed the country.
atlasStore.subscribe((state, previous) => {
  if (state.country !== previous.country && previous.country !== null && uiStore.getState().prepared === previous.country) uiStore.setState({ prepared: null });
  // Another country opens at half height, whatever the last one was left at.
  if (state.country !== previous.country && uiStore.getState().sheet !== 'half') uiStore.setState({ sheet: 'half' });
});

/** One selector per value: `useUi((s) => s.hover)`. */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStoreNow(uiStore, selector);
}
