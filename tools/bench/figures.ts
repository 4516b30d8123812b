// From the visits to one page, its figures (median and range of each), and the budgets the atlas is held to.
import type { Visit } from './measure.ts';
import type { Budget, PageFigures } from './report.ts';
import { spread } from './stats.ts';

const KB = 1024;

export function figuresOf(visits: Visit[]): PageFigures {
  const of = (f: (v: Visit) => number, only: Visit[] = visits) => spread(only.map(f));
  const rested = visits.filter((v) => v.clickMode === 'rested');
  const cold = visits.filter((v) => v.clickMode === 'cold');
  return {
    mapDrawnMs: of((v) => v.mapDrawnMs),
    mapInteractiveMs: of((v) => v.mapInteractiveMs),
    totalKB: of((v) => v.bytes.total / KB),
    gzipTotalKB: of((v) => v.gzipTotal / KB),
    jsKB: of((v) => v.bytes.js / KB),
    cssKB: of((v) => v.bytes.css / KB),
    dataKB: of((v) => v.bytes.data / KB),
    clickToPanelMs: of((v) => v.clickToPanelMs, rested),
    coldClickToPanelMs: of((v) => v.clickToPanelMs, cold),
    clickPresentedMs: of((v) => v.clickPresentedMs, rested),
    coldClickPresentedMs: of((v) => v.clickPresentedMs, cold),
    hoverLongestTaskMs: of((v) => v.hover.longestTaskMs),
    hoverDroppedFrames: of((v) => v.hover.droppedFrames),
    hoverFrames: of((v) => v.hover.frames),
    hoverMapMutations: of((v) => v.hover.mapMutations),
    heapMB: of((v) => v.heapBytes / KB / KB),
  };
}

export function budgets(app: Record<string, PageFigures>, ref: Record<string, PageFigures>): Budget[] {
  const list: Budget[] = [];
  for (const corpus of ['real', 'large']) {
    const a = app[corpus];
    const r = ref[corpus];
    if (!a || !r) continue;
    const drawnRatio = a.mapDrawnMs.median / r.mapDrawnMs.median;
    list.push(
      { name: `${corpus}: first load of the overview, brotli (KB)`, target: '≤ 130', value: a.totalKB.median, met: a.totalKB.median <= 130 },
      { name: `${corpus}: first load of the overview, gzip -6 (KB)`, target: '≤ 130', value: a.gzipTotalKB.median, met: a.gzipTotalKB.median <= 130 },
      { name: `${corpus}: map drawn ÷ reference`, target: '≤ 1.1×', value: drawnRatio, met: drawnRatio <= 1.1 },
      { name: `${corpus}: click to panel (pointer rested)`, target: '< 50 ms', value: a.clickToPanelMs.median, met: a.clickToPanelMs.median < 50 },
      { name: `${corpus}: click to panel (cold)`, target: '< 50 ms', value: a.coldClickToPanelMs.median, met: a.coldClickToPanelMs.median < 50 },
      { name: `${corpus}: hover sweep, longest task`, target: '≤ 50 ms', value: a.hoverLongestTaskMs.max, met: a.hoverLongestTaskMs.max <= 50 },
      { name: `${corpus}: hover sweep, changes to country shapes`, target: '0', value: a.hoverMapMutations.max, met: a.hoverMapMutations.max === 0 },
    );
  }
  return list;
}
