import { SPEAKER_FILTER_LABELS } from '../content/labels.ts';
import { MEASURES, SPEAKER_FILTERS, type Measure } from '../state/url.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import './filter-bar.css';

const MEASURE_LABELS: Record<Measure, string> = { articles: 'Articles naming the country', kind: 'What is claimed' };

function Choice<T extends string>({ legend, name, options, labels, value, onChange }: { legend: string; name: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className={o === value ? 'choice-option is-on' : 'choice-option'}>
          <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

/** Filters that recolour the map, legend, list and panel; the URL carries both. */
export function FilterBar() {
  const speaker = useAtlas((s) => s.speaker);
  const measure = useAtlas((s) => s.measure);
  const { setSpeaker, setMeasure } = atlasStore.getState();
  return (
    <div className="filter-bar">
      <Choice legend="Quotes from" name="speaker" options={SPEAKER_FILTERS} labels={SPEAKER_FILTER_LABELS} value={speaker} onChange={setSpeaker} />
      <Choice legend="Colour by" name="measure" options={MEASURES} labels={MEASURE_LABELS} value={measure} onChange={setMeasure} />
    </div>
  );
}
