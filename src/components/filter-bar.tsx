import { useId } from 'react';
import { editionLabel } from '../content/editions.ts';
import { MEASURES, SPEAKER_FILTERS, type Measure, type SpeakerFilter } from '../state/url.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import { useContent } from './content-context.tsx';
import './filter-bar.css';

// Each option says what it does on its own, so that the three fit one row beside the map's tools;
// the selects' names (Report, Who is quoted, Colour by) are for assistive technology.
const MEASURE_LABELS: Record<Measure, string> = { articles: 'Colour: articles', kind: 'Colour: claim', reports: 'Colour: reports' };
/** Whose words a quote is: the report's own text, or what officials or reporters said. */
const SPEAKER_LABELS: Record<SpeakerFilter, string> = { all: 'Quoted: anyone', report: 'Quoted: report text', official: 'Quoted: officials', reporter: 'Quoted: reporters' };
const EVERY_REPORT = 'all';

function Choice<T extends string>({ label, options, labels, value, onChange }: { label: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void }) {
  // Named by its label alone, not by the label and every option the select holds.
  const id = useId();
  return (
    <label className="choice">
      <span className="visually-hidden" id={id}>
        {label}
      </span>
      <select className="choice-select" aria-labelledby={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters that recolour the map, legend, list and panel, and every count on the page; the URL carries them. */
export function FilterBar() {
  const { reports } = useContent().summary;
  const speaker = useAtlas((s) => s.speaker);
  const report = useAtlas((s) => s.report) ?? EVERY_REPORT;
  const measure = useAtlas((s) => s.measure);
  const { setSpeaker, setReport, setMeasure } = atlasStore.getState();
  const reportIds = [EVERY_REPORT, ...reports.map((r) => r.id)];
  const reportLabels = Object.fromEntries([[EVERY_REPORT, 'Every report'], ...reports.map((r) => [r.id, editionLabel(r, reports)])]) as Record<string, string>;
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      {reports.length > 1 && <Choice label="Report" options={reportIds} labels={reportLabels} value={report} onChange={(id) => setReport(id === EVERY_REPORT ? null : id)} />}
      <Choice label="Who is quoted" options={SPEAKER_FILTERS} labels={SPEAKER_LABELS} value={speaker} onChange={setSpeaker} />
      <Choice label="Colour by" options={MEASURES} labels={MEASURE_LABELS} value={measure} onChange={setMeasure} />
    </div>
  );
}
