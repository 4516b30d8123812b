// The atlas beside another build of it (a checkout with one change, say), measured in the same
// runs: how far apart their medians are, and how far apart they were run by run.
import type { ClickMode, Visit } from './measure.ts';
import { FIGURES, type Figure, type PageFigures } from './report.ts';
import { pairedDifference, type Spread } from './stats.ts';

export type ClickFigure = 'clickToPanelMs' | 'coldClickToPanelMs' | 'clickPresentedMs' | 'coldClickPresentedMs';

const CLICKS: Record<ClickFigure, { mode: ClickMode; of: (v: Visit) => number }> = {
  clickToPanelMs: { mode: 'rested', of: (v) => v.clickToPanelMs },
  coldClickToPanelMs: { mode: 'cold', of: (v) => v.clickToPanelMs },
  clickPresentedMs: { mode: 'rested', of: (v) => v.clickPresentedMs },
  coldClickPresentedMs: { mode: 'cold', of: (v) => v.clickPresentedMs },
};

export interface Comparison {
  label: string;
  /** The other build's source folder. */
  source: string;
  figures: Record<string, PageFigures>;
  /** By corpus: the other build's median less the atlas's; above zero, the other is slower or bigger. */
  medianDifference: Record<string, Record<Figure, number>>;
  /** By corpus: the other build's click less the atlas's in the same run and mode. */
  pairedDifference: Record<string, Record<ClickFigure, Spread>>;
}

export function medianDifferences(atlas: PageFigures, other: PageFigures): Record<Figure, number> {
  return Object.fromEntries(FIGURES.map((f) => [f.key, other[f.key].median - atlas[f.key].median])) as Record<Figure, number>;
}

/** Both lists hold one visit per run and mode, in the order of the runs. */
export function pairedClickDifferences(atlas: readonly Visit[], other: readonly Visit[]): Record<ClickFigure, Spread> {
  const entries = Object.entries(CLICKS).map(([key, { mode, of }]) => {
    const values = (visits: readonly Visit[]) => visits.filter((v) => v.clickMode === mode).map(of);
    return [key, pairedDifference(values(atlas), values(other))];
  });
  return Object.fromEntries(entries) as Record<ClickFigure, Spread>;
}
