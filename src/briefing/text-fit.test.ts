import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord, ELLIPSIS, wrapText } from './text-fit.ts';
import { textWidth } from './text-width.ts';

const QUOTE = 'These nations include India, Malaysia, New Zealand, Nepal, Kenya, Mozambique and Indonesia.';
const withoutEllipsis = (s: string) => (s.endsWith(ELLIPSIS) ? s.slice(0, -ELLIPSIS.length) : s);

describe('cutting text at a word', () => {
  it('leaves a text that fits as it is', () => {
    expect(cutAtWord(QUOTE, () => true)).toBe(QUOTE);
  });

  it('cuts at the last word that fits, without a dangling comma, and marks the cut', () => {
    expect(cutAtWord(QUOTE, (s) => s.length <= 40)).toBe('These nations include India, Malaysia…');
  });

  it('cuts a single word too long for the space between characters', () => {
    expect(cutAtWord('Mozambique', (s) => s.length <= 5)).toBe('Moza…');
    expect(cutAtWord('Mozambique', () => false)).toBe('');
  });

  it('keeps the words before the cut exactly as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '“', '😀', 'é') }), fc.nat(30), (text, max) => {
        const cut = cutAtWord(text, (s) => s.length <= max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(text.startsWith(withoutEllipsis(cut))).toBe(true);
      }),
    );
  });
});

describe('wrapping text into lines', () => {
  const style = { size: 30 };

  it('fills each line with as many words as fit', () => {
    const { lines, cut } = wrapText(QUOTE, 500, style, 5);
    expect(cut).toBe(false);
    expect(lines.join(' ')).toBe(QUOTE);
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(textWidth(line, style)).toBeLessThanOrEqual(500);
      // The next line's first word would not have fitted on this one.
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${line} ${next}`, style)).toBeGreaterThan(500);
    }
  });

  it('cuts what does not fit in the lines at a word, leaving room for what follows the text', () => {
    const { lines, cut } = wrapText(QUOTE, 500, style, 2, '”');
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(`${lines[1]}”`, style)).toBeLessThanOrEqual(500);
    expect(QUOTE.startsWith(withoutEllipsis(lines.join(' ')))).toBe(true);
  });

  it('breaks a word wider than a whole line', () => {
    const { lines } = wrapText('https://example.org/a-very-long-address-indeed', 200, style, 4);
    expect(lines.join('')).toBe('https://example.org/a-very-long-address-indeed');
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(200);
  });

  it('never draws a line wider than asked, nor more lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('W', 'i', ' ', 'mm', '—') }), fc.integer({ min: 60, max: 400 }), fc.integer({ min: 1, max: 4 }), (text, width, max) => {
        const { lines } = wrapText(text, width, style, max, '”');
        expect(lines.length).toBeLessThanOrEqual(max);
        for (const [i, line] of lines.entries()) expect(textWidth(i === lines.length - 1 ? `${line}”` : line, style)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('the width of text in the card’s font', () => {
  it('measures with Liberation Sans’s own advance widths, bold wider than regular', () => {
    // "Kenya" in Arial metrics: K 667, e 556, n 556, y 500, a 556 thousandths of an em.
    expect(textWidth('Kenya', { size: 100 })).toBeCloseTo(283.5);
    expect(textWidth('Kenya', { size: 100, bold: true })).toBeGreaterThan(textWidth('Kenya', { size: 100 }));
    expect(textWidth('中', { size: 10 })).toBe(10);
  });
});
