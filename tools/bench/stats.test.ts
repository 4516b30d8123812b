import { describe, expect, it } from 'vitest';
import { pairedDifference, ratio, spread } from './stats.ts';

describe('benchmark statistics', () => {
  it('gives the median of an odd and an even number of runs, with the range', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(spread([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, runs: 4 });
  });

  it('refuses to summarise nothing', () => {
    expect(() => spread([])).toThrow(/No measurements/);
  });

  it('has no ratio to zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
  });

  it('summarises paired differences, measurement by measurement', () => {
    expect(pairedDifference([10, 100, 20], [15, 130, 18])).toEqual({ median: 5, min: -2, max: 30, runs: 3 });
    expect(() => pairedDifference([1], [])).toThrow(/Cannot pair/);
  });
});
