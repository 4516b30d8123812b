// The page's first script, kept small: it answers clicks on countries until the app has started
// (src/early/), and starts the app (src/start.tsx) when the page wants it. The development server
// prerenders nothing, so there the app starts at once.
import { startWhenWanted } from './early/app-start.ts';
import { startEarlyNavigation } from './early/early-navigation.ts';
import { pageLinkOf } from './early/page-link.ts';
import { preloadApp } from './early/preload-app.ts';
import { DATA_CHANGED_EVENT } from './content/data-paths.ts';
import { placeOf } from './page-place.ts';
import './styles.css';

// Links between pages stay on the page's side: the atlas's own pages, or its embed pages.
const place = placeOf(location.pathname, import.meta.env.BASE_URL);
const PAGES = place.pages;
const startApp = () => import('./start.tsx').then(() => undefined);
const root = () => document.getElementById('root');

if (import.meta.env.DEV) {
  // The development server says when the data folder has changed (a curation save, an edit): the atlas
  // is drawn again from it.
  import.meta.hot?.on(DATA_CHANGED_EVENT, () => location.reload());
  void startApp();
} else {
  const early = startEarlyNavigation(root, PAGES, !place.embed);
  // Clicks on countries are answered here while the app's scripts arrive; then the page is the app's.
  const start = () => preloadApp().then(() => early.stop()).then(startApp);
  startWhenWanted(root, start, (event) => pageLinkOf(event, root(), PAGES) !== null);
}
