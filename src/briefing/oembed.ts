// A page's static oEmbed description: type rich, whose html is the page's embed snippet, so that a
// site that reads oEmbed (a CMS, a wiki) turns a pasted link to the atlas into the framed map.
import { APP_TITLE } from '../state/atlas-model.ts';
import { EMBED_HEIGHT, embedSnippet, type EmbedView } from './embed-code.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './link-preview.ts';
import { escapeXml } from './map-svg.ts';

/** What oEmbed consumers are told the frame's width is; the snippet itself takes its container's width. */
export const EMBED_WIDTH = 960;

export interface OEmbedInput extends EmbedView {
  /** The site's own address (its base), for provider_url. */
  site: string;
  /** The page's link-preview image. */
  thumbnail: string;
}

/** A static oEmbed description (type rich) of a page, whose html is the page's embed snippet. */
export function oembedFor({ src, title, site, thumbnail }: OEmbedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: APP_TITLE,
    provider_url: site,
    html: embedSnippet({ src, title }),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: thumbnail,
    thumbnail_width: PREVIEW_WIDTH,
    thumbnail_height: PREVIEW_HEIGHT,
  };
}


/** The head's link to a page's oEmbed description. */
export const oembedLink = (href: string, title: string) => `<link rel="alternate" type="application/json+oembed" href="${escapeXml(href)}" title="${escapeXml(title)}">`;
