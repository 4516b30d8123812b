/**
 * Runs in the page: a point where the shape itself, not a neighbour or the sea, is what the
 * pointer hits, searched on ever finer grids across its box; null when none is.
 */
export function hitPoint(shape: Element, code: string): { x: number; y: number } | null {
  const box = shape.getBoundingClientRect();
  for (let step = 2; step <= 32; step *= 2) {
    for (let i = 1; i < step; i += 2) {
      for (let j = 1; j < step; j += 2) {
        const x = box.left + (box.width * i) / step;
        const y = box.top + (box.height * j) / step;
        if (document.elementFromPoint(x, y)?.getAttribute('data-iso3') === code) return { x, y };
      }
    }
  }
  return null;
}
