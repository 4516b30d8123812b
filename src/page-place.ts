// Where a page of the atlas sits: one of its own pages, or an embed page (below embed/), made to be
// framed in another site's page with compact chrome. Every link between pages stays on its side.

export const EMBED_FOLDER = 'embed/';
/** Each of the atlas's own pages has its oEmbed description beside it, in this file. */
export const OEMBED_FILE = 'oembed.json';

export interface PagePlace {
  /** Whether the page is an embed page. */
  embed: boolean;
  /** The base the page addresses are under: the atlas's base, or its embed folder. */
  pages: string;
  /** The atlas's own base, for its full pages (the link out of an embed). */
  base: string;
}

export const placeFor = (base: string, embed: boolean): PagePlace => ({ embed, base, pages: embed ? `${base}${EMBED_FOLDER}` : base });

/** The place of the page at `pathname`, for an atlas served from `base`. */
export const placeOf = (pathname: string, base: string): PagePlace => placeFor(base, pathname.startsWith(`${base}${EMBED_FOLDER}`));
