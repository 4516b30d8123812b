import type { CountryPath } from './map-geometry.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The country to move to when an arrow key is pressed: among those whose centre lies
 * within 60° of the direction, the nearest, with sideways distance counting double.
 */
export function nearestInDirection(countries: readonly CountryPath[], from: CountryPath, direction: Direction): CountryPath | undefined {
  const [ax, ay] = AXES[direction];
  let best: CountryPath | undefined;
  let bestScore = Infinity;
  for (const c of countries) {
    if (c.iso3 === from.iso3) continue;
    const dx = c.centroid[0] - from.centroid[0];
    const dy = c.centroid[1] - from.centroid[1];
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
