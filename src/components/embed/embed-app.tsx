// The atlas framed in another site's page (an intranet page, a blog post): the map, its legend and
// the open country's panel, under one title line, with the source line and a way out to the full
// atlas. No toolbar, briefing, print or download menus.
import { coveredBy } from '../../briefing/source-line.ts';
import { APP_SUBTITLE, APP_TITLE, countryPagesOf } from '../../state/atlas-model.ts';
import { useAtlas } from '../../state/store.ts';
import { addressOf, DEFAULT_URL_STATE } from '../../state/url.ts';
import { useContent } from '../content-context.tsx';
import { MapView } from '../map-view.tsx';
import { PatternDefs } from '../map/pattern-defs.tsx';
import { NoticeBar } from '../notice-bar.tsx';
import { usePlace } from '../place-context.tsx';
import { SelectionAnnouncer } from '../selection-announcer.tsx';
import { TakeOver } from '../take-over.tsx';
import { useReadyFlag } from '../use-ready-flag.ts';
import './embed-app.css';

/** The full atlas's address for the view in the frame: its country and filters. */
function useFullAddress(): string {
  const content = useContent();
  const { base } = usePlace();
  const country = useAtlas((s) => s.country);
  const speaker = useAtlas((s) => s.speaker);
  const report = useAtlas((s) => s.report);
  const measure = useAtlas((s) => s.measure);
  const until = useAtlas((s) => s.until);
  return addressOf({ ...DEFAULT_URL_STATE, country, speaker, report, measure, until }, countryPagesOf(content), base);
}

function EmbedHeader() {
  return (
    <header className="embed-header">
      <p className="embed-title">
        <strong>{APP_TITLE}</strong>: {APP_SUBTITLE}
      </p>
      <a className="embed-open" href={useFullAddress()} target="_blank" rel="noopener">
        Open in {APP_TITLE} <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </header>
  );
}

function EmbedSource() {
  const { summary } = useContent();
  const origins = summary.reports.map((r) => r.origin);
  return (
    <p className="embed-source">
      Source: {summary.articleCount} news articles on {coveredBy(origins, summary.publishers)}.
    </p>
  );
}

export function EmbedApp() {
  useReadyFlag();
  return (
    <div className="app embed">
      <PatternDefs />
      <TakeOver>
        <EmbedHeader />
      </TakeOver>
      <NoticeBar />
      <SelectionAnnouncer />
      <MapView list={false} />
      <TakeOver>
        <EmbedSource />
      </TakeOver>
    </div>
  );
}
