// The map's paints and fill patterns, as data. The colours are tokens (src/styles/tokens.css): the
// map on screen paints with them in CSS (map-palette.css), the exports write their values.

/** A paint of the map's palette; its colour is the token `--map-<paint>`, unless it is a pattern. */
export const PAINTS = [
  'sequential-1',
  'sequential-2',
  'sequential-3',
  'sequential-4',
  'sequential-5',
  'operates-from',
  'hosts-fronts',
  'activity-share',
  'subject',
  'context',
  'none',
] as const;
export type Paint = (typeof PAINTS)[number];

export interface FillPattern {
  id: string;
  /** The paint the pattern stands for. */
  paint: Paint;
  rotate: number;
  /** Tokens, not colours. */
  ground: string;
  mark: { kind: 'line'; colour: string; width: number } | { kind: 'dot'; colour: string; radius: number };
}

export const PATTERN_SIZE = 6;

export const FILL_PATTERNS: readonly FillPattern[] = [
  { id: 'context-hatch', paint: 'context', rotate: 45, ground: '--map-hatch-ground', mark: { kind: 'line', colour: '--map-hatch-line', width: 2 } },
  { id: 'kind-dots', paint: 'hosts-fronts', rotate: 0, ground: '--map-dots-ground', mark: { kind: 'dot', colour: '--map-dots-mark', radius: 1.4 } },
  { id: 'kind-stripes', paint: 'activity-share', rotate: -45, ground: '--map-stripes-ground', mark: { kind: 'line', colour: '--map-stripes-line', width: 1.5 } },
];

/** A token's value, from the tokens of one scheme; a missing token is a mistake, not a colour. */
export function tokenValue(tokens: Readonly<Record<string, string>>, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`No design token ${name}.`);
  return value;
}

/** What a paint fills with in a standalone file: a reference to its pattern, or its colour. */
export function paintValue(paint: Paint, tokens: Readonly<Record<string, string>>): string {
  const pattern = FILL_PATTERNS.find((p) => p.paint === paint);
  return pattern ? `url(#${pattern.id})` : tokenValue(tokens, `--map-${paint}`);
}

/** The patterns as SVG markup, for standalone files. */
export function patternsMarkup(tokens: Readonly<Record<string, string>>): string {
  const s = PATTERN_SIZE;
  return FILL_PATTERNS.map((p) => {
    const colour = tokenValue(tokens, p.mark.colour);
    const mark =
      p.mark.kind === 'line'
        ? `<line x1="0" y1="0" x2="0" y2="${s}" stroke="${colour}" stroke-width="${p.mark.width}"/>`
        : `<circle cx="${s / 2}" cy="${s / 2}" r="${p.mark.radius}" fill="${colour}"/>`;
    const transform = p.rotate ? ` patternTransform="rotate(${p.rotate})"` : '';
    return `<pattern id="${p.id}" width="${s}" height="${s}" patternUnits="userSpaceOnUse"${transform}><rect width="${s}" height="${s}" fill="${tokenValue(tokens, p.ground)}"/>${mark}</pattern>`;
  }).join('');
}
