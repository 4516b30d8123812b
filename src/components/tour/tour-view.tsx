import { useEffect, useRef } from 'react';
import { tourStepsOf, type TourStep } from '../../briefing/tour-steps.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useContent, useFilters, useWholeContent } from '../content-context.tsx';
import { TourMap } from './tour-map.tsx';
import { TourStepView } from './tour-step-view.tsx';
import { useFitText } from './use-fit-text.ts';
import '../buttons.css';
import './tour-view.css';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

const countryOf = (steps: readonly TourStep[], n: number) => {
  const step = steps[n - 1];
  return step?.kind === 'country' ? step.iso3 : null;
};

function go(steps: readonly TourStep[], n: number) {
  // A country's step is on that country's page, so that its address is the country's too.
  if (n >= 1 && n <= steps.length) atlasStore.getState().goToStep(n, countryOf(steps, n));
}

const leave = (steps: readonly TourStep[], n: number) => {
  leaveFullScreen();
  atlasStore.getState().leaveTour(countryOf(steps, n));
};

/** The page behind the tour: inert while the tour is open, so that focus cannot wander into it. */
function setBackgroundInert(tour: HTMLElement, inert: boolean) {
  for (const sibling of tour.parentElement?.children ?? []) {
    if (sibling !== tour && sibling instanceof HTMLElement) sibling.inert = inert;
  }
}

/** Tab and Shift+Tab go round the tour's controls instead of leaving it. */
function wrapTab(e: KeyboardEvent, tour: HTMLElement | null) {
  const controls = [...(tour?.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]') ?? [])];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === tour)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

function leaveFullScreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

function toggleFullScreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch(() => {
    // Full screen can be refused (an iframe, a browser setting); the tour works without it.
  });
}

/** The guided tour, one step a screen: keys and presentation clickers move it, each step has its own URL. */
export function TourView() {
  const asked = useAtlas((s) => s.tour);
  const root = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  // The briefing follows the filters: with one report, its countries and quotes only.
  const steps = tourStepsOf(useContent(), useWholeContent(), useFilters());
  // A link to a step past the end of a shorter, filtered briefing shows its last step.
  const n = asked === null ? null : Math.min(asked, steps.length);

  const open = n !== null;
  useEffect(() => {
    const tour = root.current;
    if (!open || !tour) return;
    // Focus moves in once, when the tour opens; later steps leave it on the button that was pressed.
    tour.focus();
    setBackgroundInert(tour, true);
    return () => setBackgroundInert(tour, false);
  }, [open]);

  useEffect(() => {
    if (n === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter on a focused button press that button.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      if (e.key === 'Tab') return wrapTab(e, root.current);
      if (FORWARD.has(e.key)) go(steps, n + 1);
      else if (BACK.has(e.key)) go(steps, n - 1);
      else if (e.key === 'Escape') leave(steps, n);
      else if (e.key === 'f' || e.key === 'F') toggleFullScreen();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [n, steps]);

  useFitText(text, n);

  const step = n === null ? undefined : steps[n - 1];
  if (n === null || !step) return null;
  return (
    <div ref={root} className="tour light-surface" role="dialog" aria-modal="true" aria-labelledby="tour-title" tabIndex={-1} data-step={n}>
      <header className="tour-top">
        <span className="tour-brand">Report Atlas · briefing</span>
        <span className="tour-counter" aria-live="polite">
          Step {n} of {steps.length}
        </span>
      </header>
      <div className="tour-body">
        <div className="tour-map-box">
          <TourMap focus={step.kind === 'country' ? step.iso3 : null} measure={step.kind === 'changes' ? 'reports' : 'articles'} />
        </div>
        <div className="tour-text" ref={text}>
          <div className="tour-text-content">
            <TourStepView step={step} countries={steps.filter((s) => s.kind === 'country').length} />
          </div>
        </div>
      </div>
      <footer className="tour-controls">
        <button type="button" className="button" onClick={() => go(steps, n - 1)} disabled={n === 1}>
          ‹ Back
        </button>
        <button type="button" className="button button-primary" onClick={() => go(steps, n + 1)} disabled={n === steps.length}>
          Next ›
        </button>
        <button type="button" className="button" onClick={toggleFullScreen}>
          Full screen<span className="tour-key"> (F)</span>
        </button>
        <button type="button" className="button" onClick={() => leave(steps, n)}>
          Leave the briefing<span className="tour-key"> (Esc)</span>
        </button>
      </footer>
    </div>
  );
}
