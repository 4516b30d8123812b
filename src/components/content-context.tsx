// The content reaches the views from the root, through this context: the app is given it in
// src/main.tsx (and src/prerender.tsx), and tests give it fixtures.
import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import type { Filters } from '../content/filters.ts';
import type { AtlasContent } from '../content/atlas-content.ts';
import type { WholeContent } from '../content/whole-content.ts';
import type { SummaryView } from '../content/content-index.ts';
import { choroplethFor, editionStepOf } from '../state/atlas-model.ts';
import type { Choropleth } from '../state/choropleth.ts';
import { useAtlas } from '../state/store.ts';

const ContentContext = createContext<AtlasContent | null>(null);

export function ContentProvider({ content, children }: { content: AtlasContent; children: ReactNode }) {
  return <ContentContext value={content}>{children}</ContentContext>;
}

export function useContent(): AtlasContent {
  const content = useContext(ContentContext);
  if (!content) throw new Error('No ContentProvider above this part of the atlas.');
  return content;
}

/** The whole content; the part that asks for it waits (suspends) until it has loaded. */
export function useWholeContent(): WholeContent {
  const content = useContent();
  return content.whole() ?? use(content.loadWhole());
}

/** The filters the view has set: the same object for the same filters, so that what is made from them is kept. */
export function useFilters(): Filters {
  const speaker = useAtlas((s) => s.speaker);
  const report = useAtlas((s) => s.report);
  return useMemo(() => ({ speaker, report }), [speaker, report]);
}

/** The countries' standing as the filters leave it: only the quotes they keep count. */
export function useIndex(): SummaryView {
  return useContent().summaryView(useFilters());
}

export function useChoropleth(): Choropleth {
  const content = useContent();
  const filters = useFilters();
  const measure = useAtlas((s) => s.measure);
  const until = useAtlas((s) => s.until);
  return choroplethFor(content, filters, measure, editionStepOf(content, { measure, report: filters.report, until }));
}
