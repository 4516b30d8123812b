import { SPEAKER_FILTER_LABELS } from '../content/labels.ts';
import { MEASURES, SPEAKER_FILTERS, type Measure } from '../state/url.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import './filter-bar.css';

const MEASURE_LABELS: Record<Measure, string> = { articles: 'Number of articles', kind: 'What is claimed' };

function Choice<T extends string>({ label, options, labels, value, onChange }: { label: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void }) {
  return (
    <label className="choice">
      <span className="choice-label">{label}</span>
      <select className="choice-select" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters that recolour the map, legend, list and panel; the URL carries both. */
export function FilterBar() {
  const speaker = useAtlas((s) => s.speaker);
  const measure = useAtlas((s) => s.measure);
  const { setSpeaker, setMeasure } = atlasStore.getState();
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <Choice label="Quotes from" options={SPEAKER_FILTERS} labels={SPEAKER_FILTER_LABELS} value={speaker} onChange={setSpeaker} />
      <Choice label="Colour by" options={MEASURES} labels={MEASURE_LABELS} value={measure} onChange={setMeasure} />
    </div>
  );
}
