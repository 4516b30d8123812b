import { useId } from 'react';
import { editionDate } from '../../content/editions.ts';
import { stepOf, untilOf } from '../../state/edition-steps.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useContent } from '../content-context.tsx';
import '../buttons.css';
import './edition-stepper.css';

/**
 * Steps through the editions, oldest to latest, with buttons and a slider that the arrow keys (and
 * Home and End) move; the address keeps the step, so Back returns to the one before.
 */
export function EditionStepper() {
  const { reports } = useContent().summary;
  const until = useAtlas((s) => s.until);
  const labelId = useId();
  const ids = reports.map((r) => r.id);
  const step = stepOf(until, ids);
  const last = reports.length - 1;
  const at = reports[step];
  if (at === undefined) return null;
  const go = (to: number) => atlasStore.getState().setUntil(untilOf(Math.max(0, Math.min(last, to)), ids));
  const date = editionDate(at, reports);
  const position = `edition ${step + 1} of ${reports.length}`;
  // Out of reach, a button says so but keeps its place in the tab order, so that focus stays on it.
  return (
    <div className="edition-stepper" role="group" aria-labelledby={labelId}>
      <span className="edition-stepper-label" id={labelId}>
        Editions
      </span>
      <button type="button" className="button edition-step" aria-disabled={step === 0} onClick={() => go(step - 1)}>
        <span aria-hidden="true">‹ </span>Earlier
      </button>
      <input
        type="range"
        className="edition-slider"
        min={0}
        max={last}
        step={1}
        value={step}
        aria-label="Edition"
        aria-valuetext={`${date}, ${position}`}
        onChange={(e) => go(Number(e.target.value))}
      />
      <button type="button" className="button edition-step" aria-disabled={step === last} onClick={() => go(step + 1)}>
        Later<span aria-hidden="true"> ›</span>
      </button>
      <span className="edition-stepper-date">
        <strong>{date}</strong> <span className="edition-stepper-position">({position})</span>
      </span>
    </div>
  );
}
