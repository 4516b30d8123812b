// The code that puts a view of the atlas in another site's page: an iframe of its embed page, as
// "Share → Embed" copies it and each page's oEmbed description (oembed.ts) gives it.
import { escapeXml } from './map-svg.ts';

/** Tall enough for the map and the start of a country's quotes beside it; the frame scrolls for the rest. */
export const EMBED_HEIGHT = 640;

export interface EmbedView {
  /** The embed page's address: absolute, for a snippet pasted elsewhere. */
  src: string;
  /** What the frame shows, in words: "New Zealand · Report Atlas". */
  title: string;
}

/** An iframe of the view: lazily loaded, as wide as its container, with a title for screen readers; allowed to copy a citation. */
export function embedSnippet({ src, title }: EmbedView): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" allow="clipboard-write" style="border: 0; max-width: 100%;"></iframe>`;
}
