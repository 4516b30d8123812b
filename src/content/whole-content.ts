// The whole verified content, indexed: only the parts that load on demand (the sources, the reader,
// the table, the tour and the exports) read it, once its chunk has loaded with them.
import { indexContent, type ContentIndex } from './content-index.ts';
import type { IdList } from './id-list.ts';
import type { Content, SpeakerType } from './types.ts';

export interface WholeContent {
  index: ContentIndex;
  /** The whole content as the speaker filter leaves it: only quotes by that kind of speaker count. */
  for: (speaker: 'all' | SpeakerType) => ContentIndex;
  /** Every quote and article id: the same list as the build's id index. */
  ids: () => IdList;
}

export function makeWholeContent(content: Content): WholeContent {
  const index = indexContent(content);
  const bySpeaker = new Map<SpeakerType, ContentIndex>();
  let ids: IdList | null = null;
  return {
    index,
    for: (speaker) => {
      if (speaker === 'all') return index;
      let filtered = bySpeaker.get(speaker);
      if (!filtered) bySpeaker.set(speaker, (filtered = indexContent(content, (c) => c.speaker.type === speaker)));
      return filtered;
    },
    ids: () =>
      (ids ??= {
        claims: new Map(content.claims.map((c) => [c.id, { country: c.country, article: c.article }])),
        articles: new Map(content.articles.map((a) => [a.id, a])),
      }),
  };
}
