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
  /** The page's <title>. */
  title: string;
  /** What goes inside <div id="root">. */
  html: string;
  /** The data the app takes the page over from, as a script element. */
  data: string;
  /** The content the page was rendered from, for its link preview. */
  content: AtlasContent;
}

function renderPage(content: AtlasContent, country: string | null, quotes: CountryQuotes[], base: string): PrerenderedPage {
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
  const data: PageData = { country, quotes };
  return { file: `${address.slice(base.length)}index.html`, address, country, title: titleFor(content, state), html, data: pageDataElement(data), content };
}

/** The overview and every country page, for an atlas served from `base`. */
export function renderPages(base: string): PrerenderedPage[] {
  const atlasSummary = summary as AtlasSummary;
  const overview = makeAtlasContent({ summary: atlasSummary });
  const quotes = makeCountryQuotes(makeWholeContent(wholeContent as Content).index);
  const pages = countryPagesOf(overview);
  return [
    renderPage(overview, null, [], base),
    ...pages.countries.map((iso3) => {
      const own = quotes.get(iso3);
      const list = own ? [own] : [];
      return renderPage(makeAtlasContent({ summary: atlasSummary, quotes: list }), iso3, list, base);
    }),
  ];
}
