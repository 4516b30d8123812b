import { describe, expect, it } from 'vitest';
import { WORLD_MAP } from '../../geo/world.ts';
import { locatorMarkOf } from './locator-mark.ts';

describe('the ring of the world inset on a zoomed map', () => {
  it('circles the country where the world map draws it, whatever its size', () => {
    for (const iso3 of ['NZL', 'CHN', 'NPL', 'BGD']) {
      const mark = locatorMarkOf(iso3);
      const [[x0, y0], [x1, y1]] = WORLD_MAP.byIso3.get(iso3)?.focus ?? [[0, 0], [0, 0]];
      expect(mark, iso3).not.toBeNull();
      // The ring's centre lies on the country's main landmass, and the ring reaches round it.
      expect(mark?.x, iso3).toBeGreaterThanOrEqual(x0);
      expect(mark?.x, iso3).toBeLessThanOrEqual(x1);
      expect(mark?.y, iso3).toBeGreaterThanOrEqual(y0);
      expect(mark?.y, iso3).toBeLessThanOrEqual(y1);
      expect(mark?.r, iso3).toBeGreaterThanOrEqual(Math.max(x1 - x0, y1 - y0) / 2);
    }
  });

  it('is not drawn for a country the world does not have', () => {
    expect(locatorMarkOf('XXX')).toBeNull();
  });
});
