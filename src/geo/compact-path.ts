// Projected outlines ship as SVG path data in whole map units with relative moves: a third
// of the size of the same path in absolute decimals, and nothing left to project in the browser.

/** Rewrites an absolute M/L/Z path (as d3-geo writes it) in whole units with relative line moves. */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let drawing = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      drawing = false;
      continue;
    }
    const [nx, ny] = (args ?? '').split(',').map((v) => Math.round(Number(v))) as [number, number];
    if (command === 'M') {
      out += `M${nx} ${ny}`;
      drawing = false;
    } else if (nx !== x || ny !== y) {
      const dx = nx - x;
      const dy = ny - y;
      // After the first "l", SVG reads further pairs as more relative lines; a minus sign separates by itself.
      out += `${drawing ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`;
      drawing = true;
    }
    x = nx;
    y = ny;
  }
  return out;
}

/** The absolute points of a compact path, ring by ring: what a renderer would draw. */
export function expandPath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    if (command === 'z') continue;
    if (command === 'M') {
      if (ring.length) rings.push(ring);
      [x, y] = numbers as [number, number];
      ring = [[x, y]];
      continue;
    }
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i] as number;
      y += numbers[i + 1] as number;
      ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}
