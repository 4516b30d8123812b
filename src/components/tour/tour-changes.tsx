import type { TourStep } from '../../briefing/tour-steps.ts';
import { NO_FILTERS } from '../../content/filters.ts';
import { countOf } from '../../content/plural.ts';
import { choroplethFor } from '../../state/atlas-model.ts';
import { useContent } from '../content-context.tsx';
import '../map/map-palette.css';
import './tour-changes.css';

/** The step on what changed between the reports: the sentences, and what the map's colours mean, in words. */
export function TourChanges({ step }: { step: Extract<TourStep, { kind: 'changes' }> }) {
  const content = useContent();
  const editions = choroplethFor(content, NO_FILTERS, 'reports').legend.filter((e) => e.key.startsWith('edition-') && e.count > 0);
  return (
    <>
      <h2 id="tour-title">What changed between the reports</h2>
      {step.sentences.map((sentence) => (
        <p key={sentence} className="tour-lead">
          {sentence}
        </p>
      ))}
      <ul className="tour-editions" aria-label="The map’s colours">
        {editions.map((e) => (
          <li key={e.key}>
            <svg className="tour-swatch" width="18" height="18" aria-hidden="true">
              <rect width="18" height="18" rx="3" data-paint={e.fill} strokeWidth="0.75" />
            </svg>
            {e.label} · {countOf(e.count, 'country', 'countries')}
          </li>
        ))}
      </ul>
    </>
  );
}
