// The content reaches the views from the root, through this context: the app is given it in
// src/main.tsx (and src/prerender.tsx), and tests give it fixtures.
import { createContext, use, useContext, type ReactNode } from 'react';
import type { AtlasContent } from '../content/atlas-content.ts';
import type { WholeContent } from '../content/whole-content.ts';
import type { SummaryView } from '../content/content-index.ts';
import { choroplethFor } from '../state/atlas-model.ts';
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

/** The countries' standing as the speaker filter leaves it: only quotes by that kind of speaker count. */
export function useIndex(): SummaryView {
  return useContent().summaryView(useAtlas((s) => s.speaker));
}

export function useChoropleth(): Choropleth {
  const content = useContent();
  const speaker = useAtlas((s) => s.speaker);
  const measure = useAtlas((s) => s.measure);
  return choroplethFor(content, speaker, measure);
}
