// Every page of the atlas as HTML, rendered at build time: the overview and one page per country a
// quote mentions, each with its map, legend, lists and (for a country) its panel with every quote.
// The page shows as soon as it is parsed, before any script has run; the app then takes it over
// (src/main.tsx) from the same data. It fetches nothing.
import { renderToString } from 'react-dom/server';
import summary from 'virtual:atlas/summary';
import wholeContent from 'virtual:atlas/content';
import { App } from './components/app.tsx';
import { ContentProvider } from './components/content-context.tsx';
import { makeAtlasContent, type AtlasContent } from './content/atlas-content.ts';
import type { AtlasSummary } from './content/summary.ts';
import { makeCountryQuotes } from './content/summary.ts';
import type { Content, CountryQuotes } from './content/types.ts';
import { makeWholeContent } from './content/whole-content.ts';
import { headTagsFor, previewTextFor } from './briefing/link-preview.ts';
import { previewCardFor } from './briefing/preview-geography.ts';
import { pageDataElement, type PageData } from './page-data.ts';
import { OEMBED_FILE, placeFor, type PagePlace } from './page-place.ts';
import { PlaceProvider } from './components/place-context.tsx';
import { oembedFor, oembedLink } from './briefing/oembed.ts';
import { escapeXml } from './briefing/map-svg.ts';
import { countryPagesOf, titleFor } from './state/atlas-model.ts';
import { atlasStore, initialState } from './state/store.ts';
import { addressOf, DEFAULT_URL_STATE } from './state/url.ts';

export interface PrerenderedPage {
  /** The page's file, below the build folder: "index.html", "country/<slug>/index.html", or either below "embed/". */
  file: string;
  /** Its address, from the base: "/" or "/country/<slug>/" under a base of "/". */
  address: string;
  country: string | null;
  /** The tags of the page's own head, escaped: its title, description, canonical address and link preview. */
  head: string;
  /** What goes inside <div id="root">. */
  html: string;
  /** The data the app takes the page over from, as a script element. */
  data: string;
  /** The link preview's image, as a 1200×630 SVG, and its file below the build folder; none for an embed page. */
  preview: { svg: string; file: string } | null;
  /** The page's oEmbed description and its file; none for an embed page. */
  oembed: { json: string; file: string } | null;
}

/** Where a page and its files are found from outside: absolute with the site's address, else from the site's root. */
export type SiteAddress = (path: string) => string;

interface PageInput {
  /** What the page is rendered from: the summary, and the page's own quotes. */
  content: AtlasContent;
  /** All the content, for the link preview's strongest quote, chosen as the tour chooses it. */
  whole: AtlasContent;
  country: string | null;
  quotes: CountryQuotes[];
  place: PagePlace;
  site: SiteAddress;
}

/** An embed page's head: its title, and its full page as the canonical one, kept out of search results. */
function embedHead(tab: string, description: string, full: string): string {
  return [`<title>${escapeXml(tab)}</title>`, `<meta name="description" content="${escapeXml(description)}">`, `<link rel="canonical" href="${escapeXml(full)}">`, '<meta name="robots" content="noindex">'].join('\n');
}

function renderPage({ content, whole, country, quotes, place, site }: PageInput): PrerenderedPage {
  const state = { ...DEFAULT_URL_STATE, country };
  // The store starts on the page's view, as the app's will when it takes the page over.
  atlasStore.setState({ ...initialState, country });
  const html = renderToString(
    <PlaceProvider place={place}>
      <ContentProvider content={content}>
        <App />
      </ContentProvider>
    </PlaceProvider>,
  );
  atlasStore.setState(initialState);
  const { base } = place;
  const pages = countryPagesOf(content);
  const fullAddress = addressOf(state, pages, base);
  const address = addressOf(state, pages, place.pages);
  const file = `${address.slice(base.length)}index.html`;
  const data = pageDataElement({ country, quotes } satisfies PageData);
  const tab = titleFor(content, state);
  const preview = previewTextFor(whole, country);
  if (place.embed) return { file, address, country, head: embedHead(tab, preview.description, site(fullAddress)), html, data, preview: null, oembed: null };
  const folder = fullAddress.slice(base.length);
  const image = `${folder}preview.png`;
  const oembedFile = `${folder}${OEMBED_FILE}`;
  const embedView = { src: site(addressOf(state, pages, placeFor(base, true).pages)), title: tab };
  const oembed = oembedFor({ ...embedView, site: site(base), thumbnail: site(`${base}${image}`) });
  const head = `${headTagsFor(preview, { page: site(fullAddress), image: site(`${base}${image}`), tab })}\n${oembedLink(site(`${base}${oembedFile}`), tab)}`;
  return {
    file,
    address,
    country,
    head,
    html,
    data,
    preview: { svg: previewCardFor(whole, country, preview), file: image },
    oembed: { json: `${JSON.stringify(oembed, null, 2)}\n`, file: oembedFile },
  };
}

/** The overview and every country page, for an atlas served from `base`, at the addresses `site` gives. */
export function renderPages(base: string, site: SiteAddress = (path) => path): PrerenderedPage[] {
  const atlasSummary = summary as AtlasSummary;
  const overview = makeAtlasContent({ summary: atlasSummary });
  const everything = makeWholeContent(wholeContent as Content);
  const whole = makeAtlasContent({ summary: atlasSummary, whole: everything });
  const quotes = makeCountryQuotes(everything.index);
  const pages = countryPagesOf(overview);
  // Every page twice: on the atlas's own pages, and as an embed page to be framed elsewhere.
  return [false, true].flatMap((embed) => {
    const place = placeFor(base, embed);
    return [
      renderPage({ content: overview, whole, country: null, quotes: [], place, site }),
      ...pages.countries.map((iso3) => {
        const own = quotes.get(iso3);
        const list = own ? [own] : [];
        return renderPage({ content: makeAtlasContent({ summary: atlasSummary, quotes: list }), whole, country: iso3, quotes: list, place, site });
      }),
    ];
  });
}
