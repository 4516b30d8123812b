// What a person feels, summarised: the first click answered beside the reference page's, and
// Lighthouse's performance figures; with the budgets they are held to.
import type { ClickTarget, FirstClick } from './first-click.ts';
import type { LighthouseRun, Preset } from './lighthouse.ts';
import type { Budget } from './report.ts';
import { ratio, spread, type Spread } from './stats.ts';

/** The overview (`/`), or a country's own page reached by a link from outside. */
export type PageKind = 'overview' | 'country';

export type Recorded<T> = T & { run: number; load1: number };

/** A build measured: the atlas, the build it is compared with, or the reference page. */
export type Build = 'app' | 'compare' | 'reference';

/** What the first click and Lighthouse open in one corpus, and the countries clicked. */
export interface CorpusPages {
  /** The country page's path in each build of the atlas ('/?country=NZL' or '/country/new-zealand/'). */
  countryPage: Partial<Record<Build, string>>;
  /** The country the country page shows. */
  pageCountry: ClickTarget;
  /** Clicked on the overview: the most quoted country the map draws. */
  overviewClick: ClickTarget;
  /**
   * Clicked on the country page, and on the reference's overview beside it: the most quoted
   * other country still in view once the page has zoomed to its own.
   */
  countryClick: ClickTarget;
}

export interface ExperienceResult {
  pages: Record<string, CorpusPages>;
  /** Every first-click visit, by build, corpus and page ("app/real/overview"), in the order of the runs. */
  firstClicks: Record<string, Recorded<FirstClick>[]>;
  /** Every Lighthouse run, by build, corpus, page and preset ("app/real/country/mobile"). */
  lighthouse: Record<string, Recorded<LighthouseRun>[]>;
  /** The same keys, summarised. */
  figures: { firstClick: Record<string, FirstClickFigures>; lighthouse: Record<string, LighthouseFigures> };
}

export const firstClickKey = (build: Build, corpus: string, kind: PageKind) => `${build}/${corpus}/${kind}`;
export const lighthouseKey = (build: Build, corpus: string, kind: PageKind, preset: Preset) => `${build}/${corpus}/${kind}/${preset}`;

export interface FirstClickFigures {
  /** Over the visits answered; null when none was. */
  ms: Spread | null;
  /** Every visit's figure, in the order of the runs; null for a visit whose panel did not show in time. */
  each: (number | null)[];
  /** How many visits had a click answered by following a link to another document. */
  followedLink: number;
  /** How many visits' panels did not show in time. */
  unanswered: number;
}

export interface LighthouseFigures {
  /** Over the runs Lighthouse scored; null when it scored none. */
  score: Spread | null;
  fcpMs: Spread;
  lcpMs: Spread;
  tbtMs: Spread;
  cls: Spread;
  speedIndexMs: Spread;
  runs: number;
}

export function firstClickFigures(visits: readonly FirstClick[]): FirstClickFigures {
  const answered = visits.flatMap((v) => (v.ms === null ? [] : [v.ms]));
  return {
    ms: answered.length ? spread(answered) : null,
    each: visits.map((v) => v.ms),
    followedLink: visits.filter((v) => v.ms !== null && v.documents > 1).length,
    unanswered: visits.length - answered.length,
  };
}

export function lighthouseFigures(runs: readonly LighthouseRun[]): LighthouseFigures {
  const scores = runs.flatMap((r) => (r.score === null ? [] : [r.score]));
  const of = (f: (r: LighthouseRun) => number) => spread(runs.map(f).filter((n) => Number.isFinite(n)));
  return {
    score: scores.length ? spread(scores) : null,
    fcpMs: of((r) => r.fcpMs),
    lcpMs: of((r) => r.lcpMs),
    tbtMs: of((r) => r.tbtMs),
    cls: of((r) => r.cls),
    speedIndexMs: of((r) => r.speedIndexMs),
    runs: runs.length,
  };
}

/** Atlas ÷ reference at the medians; infinite when the atlas answered no click. */
export function firstClickRatio(atlas: FirstClickFigures, reference: FirstClickFigures): number {
  if (!atlas.ms) return Number.POSITIVE_INFINITY;
  return reference.ms ? (ratio(atlas.ms.median, reference.ms.median) ?? Number.POSITIVE_INFINITY) : 0;
}

/** The budget for the first click: the atlas answers no later than the reference page, medians of the same runs, and answers every visit. */
export function firstClickBudget(corpus: string, kind: PageKind, atlas: FirstClickFigures, reference: FirstClickFigures): Budget {
  const r = firstClickRatio(atlas, reference);
  const page = kind === 'overview' ? 'overview' : 'country page (reference: its overview)';
  return { name: `${corpus}: first click answered, ${page}, atlas ÷ reference`, target: '≤ 1.0×, every visit', value: r, met: r <= 1 && atlas.unanswered === 0 };
}

/** Lighthouse's budgets, on the country page with the mobile preset: medians over the runs. */
export function lighthouseBudgets(corpus: string, mobileCountry: LighthouseFigures): Budget[] {
  const score = mobileCountry.score?.median ?? 0;
  return [
    { name: `${corpus}: Lighthouse mobile, country page, performance`, target: '≥ 95', value: score, met: score >= 95 },
    { name: `${corpus}: Lighthouse mobile, country page, CLS`, target: '< 0.02', value: mobileCountry.cls.median, met: mobileCountry.cls.median < 0.02 },
    { name: `${corpus}: Lighthouse mobile, country page, TBT (ms)`, target: '< 200', value: mobileCountry.tbtMs.median, met: mobileCountry.tbtMs.median < 200 },
  ];
}

export const PAGE_KINDS: readonly PageKind[] = ['overview', 'country'];

/** Every budget on what a person feels, for each corpus measured. */
export function experienceBudgets(e: ExperienceResult): Budget[] {
  return Object.keys(e.pages).flatMap((corpus) => {
    const clicks = PAGE_KINDS.flatMap((kind) => {
      const atlas = e.figures.firstClick[firstClickKey('app', corpus, kind)];
      const reference = e.figures.firstClick[firstClickKey('reference', corpus, kind)];
      return atlas && reference ? [firstClickBudget(corpus, kind, atlas, reference)] : [];
    });
    const mobile = e.figures.lighthouse[lighthouseKey('app', corpus, 'country', 'mobile')];
    return [...clicks, ...(mobile ? lighthouseBudgets(corpus, mobile) : [])];
  });
}

/** Summarises every list of visits and runs under its key. */
export function summarise(firstClicks: ExperienceResult['firstClicks'], lighthouse: ExperienceResult['lighthouse']): ExperienceResult['figures'] {
  return {
    firstClick: Object.fromEntries(Object.entries(firstClicks).map(([k, v]) => [k, firstClickFigures(v)])),
    lighthouse: Object.fromEntries(Object.entries(lighthouse).map(([k, v]) => [k, lighthouseFigures(v)])),
  };
}
