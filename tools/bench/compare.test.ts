import { describe, expect, it } from 'vitest';
import { medianDifferences, pairedClickDifferences } from './compare.ts';
import { figuresOf } from './figures.ts';
import type { ClickMode, Visit } from './measure.ts';

function visitWith(clickMode: ClickMode, clickToPanelMs: number, clickPresentedMs = 16, mapDrawnMs = 100): Visit {
  return {
    mapDrawnMs,
    mapInteractiveMs: 200,
    bytes: { total: 1024, js: 512, css: 0, data: 0, html: 512, other: 0 },
    gzipTotal: 1100,
    responses: [],
    heapBytes: 2 ** 20,
    hover: { longTasks: 0, longestTaskMs: 0, frames: 120, droppedFrames: 0, mapMutations: 0 },
    clickToPanelMs,
    clickPresentedMs,
    clickMode,
  };
}

// One run: a cold visit, then a rested one, as the benchmark makes them.
const runs = (pairs: [number, number][], presented = 16) => pairs.flatMap(([cold, rested]) => [visitWith('cold', cold, presented), visitWith('rested', rested, presented)]);

describe('comparing the atlas with another build of it', () => {
  it('gives the other build’s median less the atlas’s, for every figure', () => {
    const atlas = figuresOf(runs([[30, 20], [32, 22], [90, 24]]));
    const other = figuresOf(runs([[40, 50], [42, 55], [44, 60]], 24));
    const d = medianDifferences(atlas, other);
    expect(d.coldClickToPanelMs).toBe(10);
    expect(d.clickToPanelMs).toBe(33);
    expect(d.clickPresentedMs).toBe(8);
    expect(d.mapDrawnMs).toBe(0);
  });

  it('pairs the clicks run by run and mode by mode, so that a run slowed for both cancels out', () => {
    const atlas = runs([[30, 20], [300, 200], [34, 24]]);
    const other = runs([[35, 40], [305, 220], [33, 44]]);
    const paired = pairedClickDifferences(atlas, other);
    expect(paired.coldClickToPanelMs).toEqual({ median: 5, min: -1, max: 5, runs: 3 });
    expect(paired.clickToPanelMs).toEqual({ median: 20, min: 20, max: 20, runs: 3 });
    expect(paired.clickPresentedMs.median).toBe(0);
  });

  it('refuses to pair builds measured a different number of times', () => {
    expect(() => pairedClickDifferences(runs([[30, 20]]), runs([[30, 20], [31, 21]]))).toThrow(/Cannot pair 1 measurements with 2/);
  });
});
