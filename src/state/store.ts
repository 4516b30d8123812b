import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Notice } from './url.ts';

export interface Hover {
  iso3: string;
  /** Pointer position inside the map box, in CSS pixels. */
  x: number;
  y: number;
}

export interface AtlasState {
  /** The selected country's alpha-3 code; null for the overview. */
  country: string | null;
  /** A polite message about a link that was not understood. */
  notice: Notice | null;
  hover: Hover | null;
  select: (country: string | null) => void;
  showNotice: (notice: Notice | null) => void;
  setHover: (hover: Hover | null) => void;
}

export const initialState = { country: null, notice: null, hover: null } satisfies Partial<AtlasState>;

export const atlasStore = createStore<AtlasState>()((set) => ({
  ...initialState,
  select: (country) => set({ country, notice: null }),
  showNotice: (notice) => set({ notice }),
  setHover: (hover) => set({ hover }),
}));

/** One selector per value: `useAtlas((s) => s.country)`. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}
