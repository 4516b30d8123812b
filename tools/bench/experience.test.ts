import { describe, expect, it } from 'vitest';
import { firstClickBudget, firstClickFigures, lighthouseBudgets, lighthouseFigures } from './experience.ts';
import type { FirstClick } from './first-click.ts';
import type { LighthouseRun } from './lighthouse.ts';

const click = (ms: number | null, documents = 1): FirstClick => ({ ms, clicksAt: [120], documents, finalUrl: 'http://x/', wallMs: ms && ms + 30 });
const lighthouse = (score: number | null, tbtMs: number, cls: number): LighthouseRun => ({
  score,
  fcpMs: 900,
  lcpMs: 1200,
  tbtMs,
  cls,
  speedIndexMs: 1500,
  benchmarkIndex: 1000,
  warnings: [],
  lighthouseVersion: '12.2.3',
});

describe('the first click answered', () => {
  it('keeps every visit in run order, with the median and range, and counts those that followed a link', () => {
    const f = firstClickFigures([click(400), click(300, 2), click(500)]);
    expect(f.ms).toEqual({ median: 400, min: 300, max: 500, runs: 3 });
    expect(f.each).toEqual([400, 300, 500]);
    expect(f.followedLink).toBe(1);
    expect(f.unanswered).toBe(0);
  });

  it('leaves a visit whose panel never showed out of the figures, and counts it', () => {
    const f = firstClickFigures([click(400), click(null), click(500)]);
    expect(f.ms).toEqual({ median: 450, min: 400, max: 500, runs: 2 });
    expect(f.each).toEqual([400, null, 500]);
    expect(f.unanswered).toBe(1);
    expect(firstClickFigures([click(null)]).ms).toBeNull();
  });

  it('passes when the atlas answers no later than the reference, and fails when it is later', () => {
    const reference = firstClickFigures([click(400), click(420), click(380)]);
    expect(firstClickBudget('real', 'overview', firstClickFigures([click(400)]), reference)).toMatchObject({ value: 1, met: true });
    const late = firstClickBudget('large', 'country', firstClickFigures([click(401)]), reference);
    expect(late.met).toBe(false);
    expect(late.name).toBe('large: first click answered, country page (reference: its overview), atlas ÷ reference');
  });

  it('fails when a visit of the atlas went unanswered, however fast the others were', () => {
    const reference = firstClickFigures([click(400)]);
    expect(firstClickBudget('real', 'country', firstClickFigures([click(100), click(null)]), reference)).toMatchObject({ value: 0.25, met: false });
    expect(firstClickBudget('real', 'country', firstClickFigures([click(null)]), reference)).toMatchObject({ value: Number.POSITIVE_INFINITY, met: false });
  });
});

describe('Lighthouse figures', () => {
  it('summarises each metric over the runs, leaving out runs it could not score', () => {
    const f = lighthouseFigures([lighthouse(96, 150, 0.01), lighthouse(null, Number.NaN, 0), lighthouse(90, 250, 0.03)]);
    expect(f.score).toEqual({ median: 93, min: 90, max: 96, runs: 2 });
    expect(f.tbtMs).toEqual({ median: 200, min: 150, max: 250, runs: 2 });
    expect(f.cls.runs).toBe(3);
    expect(f.runs).toBe(3);
  });

  it('has no score when no run was scored', () => {
    expect(lighthouseFigures([lighthouse(null, 10, 0)]).score).toBeNull();
  });

  it('holds the mobile country page to a score of 95, CLS under 0.02 and TBT under 200 ms', () => {
    const good = lighthouseBudgets('real', lighthouseFigures([lighthouse(97, 120, 0.001), lighthouse(95, 190, 0.019)]));
    expect(good.map((b) => b.met)).toEqual([true, true, true]);
    const bad = lighthouseBudgets('real', lighthouseFigures([lighthouse(94, 200, 0.02)]));
    expect(bad.map((b) => [b.target, b.met])).toEqual([
      ['≥ 95', false],
      ['< 0.02', false],
      ['< 200', false],
    ]);
  });

  it('fails the score budget when Lighthouse scored no run', () => {
    expect(lighthouseBudgets('real', lighthouseFigures([lighthouse(null, 10, 0)]))[0]).toMatchObject({ value: 0, met: false });
  });
});
