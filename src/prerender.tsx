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
import { countryPagesOf, titleFor } from './state/atlas-model.ts';
import { atlasStore, initialState } from './state/store.ts';
import { addressOf, DEFAULT_URL_STATE } from './state/url.ts';

export interface PrerenderedPage {
  /** The page's file, below the build folder: "index.html" or "country/<slug>/index.html". */
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
  /** The link preview's image, as a 1200×630 SVG, and its file below the build folder. */
  preview: { svg: string; file: string };
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
  base: string;
  site: SiteAddress;
}

function renderPage({ content, whole, country, quotes, base, site }: PageInput): PrerenderedPage {
  const state = { ...DEFAULT_URL_STATE, country };
  // The store starts on the page's view, as the app's will when it takes the page over.
  atlasStore.setState({ ...initialState, country });
  const html = renderToString(
    <ContentProvider content={content}>
      <App />
    </ContentProvider>,
  );
  atlasStore.setState(initialState);
  const address = addressOf(state, countryPagesOf(content), base);
  const folder = address.slice(base.length);
  const data: PageData = { country, quotes };
  const preview = previewTextFor(whole, country);
  const image = `${folder}preview.png`;
  const head = headTagsFor(preview, { page: site(address), image: site(`${base}${image}`), tab: titleFor(content, state) });
  return { file: `${folder}index.html`, address, country, head, html, data: pageDataElement(data), preview: { svg: previewCardFor(whole, country, preview), file: image } };
}

/** The overview and every country page, for an atlas served from `base`, at the addresses `site` gives. */
export function renderPages(base: string, site: SiteAddress = (path) => path): PrerenderedPage[] {
  const atlasSummary = summary as AtlasSummary;
  const overview = makeAtlasContent({ summary: atlasSummary });
  const everything = makeWholeContent(wholeContent as Content);
  const whole = makeAtlasContent({ summary: atlasSummary, whole: everything });
  const quotes = makeCountryQuotes(everything.index);
  const pages = countryPagesOf(overview);
  return [
    renderPage({ content: overview, whole, country: null, quotes: [], base, site }),
    ...pages.countries.map((iso3) => {
      const own = quotes.get(iso3);
      const list = own ? [own] : [];
      return renderPage({ content: makeAtlasContent({ summary: atlasSummary, quotes: list }), whole, country: iso3, quotes: list, base, site });
    }),
  ];
}
