// The fill patterns of the choropleth, as data: the map on screen and the exported
// SVG draw them from the same description.
export interface FillPattern {
  id: string;
  rotate: number;
  background: string;
  mark: { kind: 'line'; color: string; width: number } | { kind: 'dot'; color: string; radius: number };
}

export const PATTERN_SIZE = 6;

export const FILL_PATTERNS: readonly FillPattern[] = [
  { id: 'context-hatch', rotate: 45, background: '#c6d4e6', mark: { kind: 'line', color: '#5b7aa6', width: 2 } },
  { id: 'kind-dots', rotate: 0, background: '#e69f00', mark: { kind: 'dot', color: '#5c3a00', radius: 1.4 } },
  { id: 'kind-stripes', rotate: -45, background: '#009e73', mark: { kind: 'line', color: '#00382a', width: 1.5 } },
];

/** The patterns as SVG markup, for standalone files. */
export function patternsMarkup(): string {
  const s = PATTERN_SIZE;
  return FILL_PATTERNS.map((p) => {
    const mark =
      p.mark.kind === 'line'
        ? `<line x1="0" y1="0" x2="0" y2="${s}" stroke="${p.mark.color}" stroke-width="${p.mark.width}"/>`
        : `<circle cx="${s / 2}" cy="${s / 2}" r="${p.mark.radius}" fill="${p.mark.color}"/>`;
    const transform = p.rotate ? ` patternTransform="rotate(${p.rotate})"` : '';
    return `<pattern id="${p.id}" width="${s}" height="${s}" patternUnits="userSpaceOnUse"${transform}><rect width="${s}" height="${s}" fill="${p.background}"/>${mark}</pattern>`;
  }).join('');
}
