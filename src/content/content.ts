// The whole verified content, as the build hands it over; only the parts that load on demand
// (the sources, the reader, the table, the tour and the exports) import it, never the first view.
import bundled from 'virtual:atlas/content';
import { indexContent, type ContentIndex } from './content-index.ts';
import { learnContent } from './country-quotes.ts';
import type { Content, SpeakerType } from './types.ts';

export const CONTENT_INDEX = indexContent(bundled as Content);

// Every view that loads the whole content can link to any quote or article: Back and Forward must know them all.
learnContent(CONTENT_INDEX.content);

const bySpeaker = new Map<SpeakerType, ContentIndex>();

/** The whole content as the speaker filter leaves it: only quotes by that kind of speaker count. */
export function contentFor(speaker: 'all' | SpeakerType): ContentIndex {
  if (speaker === 'all') return CONTENT_INDEX;
  let index = bySpeaker.get(speaker);
  if (!index) {
    index = indexContent(CONTENT_INDEX.content, (c) => c.speaker.type === speaker);
    bySpeaker.set(speaker, index);
  }
  return index;
}
