import { useAtlas } from '../../state/store.ts';
import { useChoropleth, useContent } from '../content-context.tsx';

const countries = (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`;

/** What each colour means and how many countries have it. */
export function Legend() {
  const choropleth = useChoropleth();
  const { summary } = useContent();
  const selected = useAtlas((s) => s.country !== null);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {choropleth.title}
      </h2>
      <ul className="legend-entries">
        {choropleth.legend.map((e) => (
          <li key={e.key} className="legend-entry" data-legend={e.key} title={e.hint}>
            <svg className="swatch" width="18" height="18" aria-hidden="true">
              <rect width="18" height="18" rx="3" fill={e.fill} stroke="#777" strokeWidth="0.75" />
            </svg>
            <span className="legend-label">{e.label}</span>
            <span className="legend-count">· {countries(e.count)}</span>
          </li>
        ))}
        {selected && (
          <li className="legend-entry legend-selected">
            <svg className="swatch" width="18" height="18" aria-hidden="true">
              <rect x="2" y="2" width="14" height="14" rx="2" fill="none" stroke="#fff" strokeWidth="4" />
              <rect x="2" y="2" width="14" height="14" rx="2" fill="none" stroke="#111" strokeWidth="2" />
            </svg>
            <span className="legend-label">Outlined: the selected country</span>
          </li>
        )}
      </ul>
      <p className="legend-note">
        The {summary.articleCount} articles report on {summary.reports.length} Recorded Future reports. Click a country, or pick one from the list, to read the exact
        quotes behind its colour.
      </p>
    </section>
  );
}
