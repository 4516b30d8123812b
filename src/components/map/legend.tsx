import { countOf } from '../../content/plural.ts';
import { useAtlas } from '../../state/store.ts';
import { changeAt, whatChanged } from '../../content/editions.ts';
import { editionStepOf } from '../../state/atlas-model.ts';
import { useChoropleth, useContent, useFilters } from '../content-context.tsx';
import { EditionStepper } from './edition-stepper.tsx';
import { usePlace } from '../place-context.tsx';
import './map-palette.css';
import './legend.css';

/** What each colour means and how many countries have it; a colour no country has is left out. */
export function Legend() {
  const choropleth = useChoropleth();
  const content = useContent();
  const { summary } = content;
  const filters = useFilters();
  const selected = useAtlas((s) => s.country !== null);
  // An embed page has no list of countries to pick from.
  const { embed } = usePlace();
  const until = useAtlas((s) => s.until);
  // Coloured by report, the legend says what changed from one edition to the next; stepping through
  // many editions, what changed at the step.
  const step = editionStepOf(content, { measure: choropleth.measure, report: filters.report, until });
  const stepping = step !== null;
  const everyReport = () => content.summaryView({ ...filters, report: null }).summaries.values();
  const changes = stepping
    ? [changeAt(everyReport(), summary.reports, step)]
    : choropleth.measure === 'reports'
      ? whatChanged(everyReport(), summary.reports)
      : [];
  return (
    <>
      {stepping && <EditionStepper />}
      <section className="legend" aria-labelledby="legend-title">
        <h2 id="legend-title" className="legend-title">
          {choropleth.title}
        </h2>
        <ul className="legend-entries">
          {choropleth.legend
            .filter((e) => e.count > 0)
            .map((e) => (
              <li key={e.key} className="legend-entry" data-legend={e.key} title={e.hint}>
                <svg className="swatch" width="18" height="18" aria-hidden="true">
                  <rect className="swatch-paint" width="18" height="18" rx="3" data-paint={e.fill} strokeWidth="0.75" />
                </svg>
                <span className="legend-label">{e.label}</span>
                <span className="legend-count">· {countOf(e.count, 'country', 'countries')}</span>
              </li>
            ))}
          {selected && (
            <li className="legend-entry legend-selected">
              <svg className="swatch" width="18" height="18" aria-hidden="true">
                <rect className="swatch-halo" x="2" y="2" width="14" height="14" rx="2" fill="none" strokeWidth="4" />
                <rect className="swatch-line" x="2" y="2" width="14" height="14" rx="2" fill="none" strokeWidth="2" />
              </svg>
              <span className="legend-label">Outlined: the selected country</span>
            </li>
          )}
        </ul>
      </section>
      {changes.length > 0 && (
        <p className="legend-changes" aria-live={stepping ? 'polite' : undefined}>
          {changes.join(' ')}
        </p>
      )}
      <p className="legend-note">
        The {summary.articleCount} articles report on {summary.reports.length} Recorded Future reports. Click a country{embed ? '' : ', or pick one from the list,'} to read
        the exact quotes behind its colour.
      </p>
    </>
  );
}
