import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTokens } from '../../styles/read-tokens.ts';

// WCAG 2 relative luminance and contrast ratio, of six-digit hex colours.
const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a six-digit hex colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => channel(parseInt(h, 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const tokens = readTokens(readFileSync(resolve(import.meta.dirname, '../../styles/tokens.css'), 'utf8'));
const palette = readFileSync(resolve(import.meta.dirname, 'map-palette.css'), 'utf8');
const SCHEMES = { light: tokens.light, dark: tokens.dark };
const CLASSES = ['sequential-1', 'sequential-2', 'sequential-3', 'sequential-4', 'sequential-5'];

/** The colour the map's stylesheet fills a paint with, in one scheme. */
function fillOf(paint: string, scheme: Readonly<Record<string, string>>): string {
  const rule = new RegExp(`\\[data-paint='${paint}'\\]\\s*\\{\\s*fill:\\s*var\\((--[\\w-]+)\\);`).exec(palette);
  const value = rule?.[1] === undefined ? undefined : scheme[rule[1]];
  if (value === undefined) throw new Error(`map-palette.css gives ${paint} no colour of the tokens`);
  return value;
}

/** Contrast against the sea of each paint, "not named" first, then the classes from fewest articles to most. */
const prominence = (scheme: Readonly<Record<string, string>>, fills = (p: string) => fillOf(p, scheme)) =>
  ['none', ...CLASSES].map((p) => contrast(fills(p), scheme['--map-ocean'] ?? ''));

/** Whether each value is at least `step` times the one before. */
const risesBy = (values: readonly number[], step: number) => values.every((v, i) => i === 0 || v >= (values[i - 1] as number) * step);

describe('the choropleth on screen', () => {
  for (const [name, scheme] of Object.entries(SCHEMES)) {
    it(`stands out more from the ${name} map's sea the more articles name a country, and least where none does`, () => {
      const ratios = prominence(scheme);
      expect(ratios.map((r) => Math.round(r * 100) / 100)).toEqual([...ratios].sort((a, b) => a - b).map((r) => Math.round(r * 100) / 100));
      // Each class a clear step from the one below: a quarter more contrast at least.
      expect(risesBy(ratios, 1.25), ratios.map((r) => r.toFixed(2)).join(' < ')).toBe(true);
    });
  }

  it('would be caught running the wrong way: the light ramp on the dark sea inverts', () => {
    const lightRampOnDark = prominence(tokens.dark, (p) => fillOf(p, p === 'none' ? tokens.dark : tokens.light));
    expect(risesBy(lightRampOnDark, 1)).toBe(false);
  });

  it('keeps its tour and exports on the light ramp, whatever the system’s scheme', () => {
    for (const paint of CLASSES) expect(tokens.light[`--map-${paint}`]).toBe(tokens.light[`--map-${paint}-light`]);
  });
});

describe('the text around the map', () => {
  for (const [name, scheme] of Object.entries(SCHEMES)) {
    it(`meets WCAG AA (4.5:1) in the ${name} scheme: ink and muted text on the paper and the wash`, () => {
      for (const text of ['--ink', '--muted'])
        for (const ground of ['--paper', '--wash']) expect(contrast(scheme[text] ?? '', scheme[ground] ?? ''), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });
  }
});
