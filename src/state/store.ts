import { createStore } from 'zustand/vanilla';
import { useStoreNow } from './use-store-now.ts';
import { DEFAULT_URL_STATE, type Measure, type Notice, type SpeakerFilter, type UrlState, type View } from './url.ts';

export interface AtlasState extends UrlState {
  /** A polite message about a link that was not understood. */
  notice: Notice | null;
  /** Select a country (null for the overview); clears any highlighted quote. */
  select: (country: string | null) => void;
  /** Open an article in the reader, optionally with one of its quotes highlighted. */
  openArticle: (article: string, quote?: string | null) => void;
  closeArticle: () => void;
  setView: (view: View) => void;
  setSpeaker: (speaker: SpeakerFilter) => void;
  /** One report's quotes only, or (null) every report's; a step through the editions is left behind. */
  setReport: (report: string | null) => void;
  /** Colour by a measure; a step through the editions is left behind. */
  setMeasure: (measure: Measure) => void;
  /** Step to an edition (a report's id), or (null) to the latest. */
  setUntil: (until: string | null) => void;
  /** Go to a step of the guided tour (from 1), and to the page of the country it shows, if any. */
  goToStep: (step: number, country?: string | null) => void;
  /** Leave the tour for the normal view of the country it was showing, if any. */
  leaveTour: (country: string | null) => void;
  showNotice: (notice: Notice | null) => void;
}

export const initialState = { ...DEFAULT_URL_STATE, notice: null } satisfies Partial<AtlasState>;

export const atlasStore = createStore<AtlasState>()((set) => ({
  ...initialState,
  select: (country) => set({ country, quote: null, notice: null }),
  openArticle: (article, quote = null) => set({ article, quote, notice: null }),
  closeArticle: () => set({ article: null }),
  setView: (view) => set({ view, notice: null }),
  setSpeaker: (speaker) => set({ speaker }),
  // One report at a time leaves nothing to step through.
  setReport: (report) => set({ report, until: null }),
  setMeasure: (measure) => set({ measure, until: null }),
  setUntil: (until) => set({ until }),
  goToStep: (tour, country = null) => set({ tour, country, quote: null, article: null, notice: null }),
  leaveTour: (country) => set({ tour: null, country, quote: null, view: 'map' }),
  showNotice: (notice) => set({ notice }),
}));

/** One selector per value: `useAtlas((s) => s.country)`. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStoreNow(atlasStore, selector);
}
