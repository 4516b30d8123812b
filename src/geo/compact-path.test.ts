import { describe, expect, it } from 'vitest';
import { compactPath, expandPath } from './compact-path.ts';

describe('compact outline paths', () => {
  const d = 'M10.4,20.6L15.2,20.4L15.2,25.9L9.6,26.1ZM100,100L90.5,95.5L110,80Z';

  it('keeps every point, rounded to whole units', () => {
    expect(expandPath(compactPath(d))).toEqual([
      [
        [10, 21],
        [15, 20],
        [15, 26],
        [10, 26],
      ],
      [
        [100, 100],
        [91, 96],
        [110, 80],
      ],
    ]);
  });

  it('writes relative moves, one "l" per ring, and drops moves that round to nothing', () => {
    expect(compactPath('M0,0L3,4L3.2,4.1L-2,-1Z')).toBe('M0 0l3 4-5-5z');
  });

  it('is shorter than the path it replaces', () => {
    expect(compactPath(d).length).toBeLessThan(d.length * 0.75);
  });
});
