import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import LIGHT from 'virtual:atlas/tokens';
import { describe, expect, it } from 'vitest';
import { FILL_PATTERNS, PAINTS } from '../state/choropleth-patterns.ts';
import { readTokens } from '../styles/read-tokens.ts';
import { colour, paintFill, patternDefs } from './export-colours.ts';

const tokens = readTokens(readFileSync(resolve(import.meta.dirname, '../styles/tokens.css'), 'utf8'));
const palette = readFileSync(resolve(import.meta.dirname, '../components/map/map-palette.css'), 'utf8');

/** The value a rule of the map's stylesheet gives a property, with its tokens resolved for one scheme. */
function cssValue(selector: string, property: string, scheme: Record<string, string>): string | undefined {
  const rule = new RegExp(`${selector.replace(/[[\]().#]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(palette)?.[1] ?? '';
  const value = new RegExp(`(?:^|;|\\s)${property}\\s*:\\s*([^;]+);`).exec(rule)?.[1]?.trim();
  return value?.replace(/var\((--[\w-]+)\)/g, (_, name: string) => scheme[name] ?? `missing ${name}`);
}

describe('the exports and the map on screen', () => {
  it('read the same tokens file', () => {
    expect(LIGHT).toEqual(tokens.light);
  });

  it('paint every paint of the palette alike: the export with the colour the map’s stylesheet gives it in the light scheme', () => {
    for (const paint of PAINTS) expect(cssValue(`[data-paint='${paint}']`, 'fill', tokens.light), paint).toBe(paintFill(paint));
  });

  it('draw the patterns in the same colours', () => {
    const defs = patternDefs();
    for (const p of FILL_PATTERNS) {
      const ground = cssValue(`#${p.id} .pattern-ground`, 'fill', tokens.light);
      const mark = cssValue(`#${p.id} .pattern-mark`, p.mark.kind === 'line' ? 'stroke' : 'fill', tokens.light);
      expect(ground, p.id).toBe(colour(p.ground));
      expect(mark, p.id).toBe(colour(p.mark.colour));
      expect(defs).toContain(`<pattern id="${p.id}"`);
      expect(defs).toContain(`fill="${ground}"`);
      expect(defs).toContain(`="${mark}"`);
    }
  });

  it('differ only where the dark scheme repaints the map on screen: the classes (brightest for the most articles), the sea, unnamed land, North Korea and the lines', () => {
    const changed = PAINTS.filter((p) => cssValue(`[data-paint='${p}']`, 'fill', tokens.dark) !== paintFill(p));
    expect(changed).toEqual(['sequential-1', 'sequential-2', 'sequential-3', 'sequential-4', 'sequential-5', 'subject', 'none']);
    expect(tokens.dark['--map-ocean']).not.toBe(colour('--map-ocean'));
  });
});
