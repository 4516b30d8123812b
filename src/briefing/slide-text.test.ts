import { describe, expect, it } from 'vitest';
import { fitQuotes, pageQuotes } from './slide-text.ts';

const words = (n: number) => 'w'.repeat(n);

describe('how many quotes a slide holds', () => {
  it('takes quotes in order while they fit, three at most', () => {
    expect(fitQuotes([words(50), words(50), words(50), words(50)], (q) => q).shown).toHaveLength(3);
    expect(fitQuotes([words(300), words(300), words(10)], (q) => q)).toEqual({ shown: [words(300)], rest: [words(300), words(10)] });
  });

  it('gives a quote too long for any slide a slide to itself', () => {
    expect(fitQuotes([words(2000), words(10)], (q) => q).shown).toEqual([words(2000)]);
  });

  it('runs quotes over as many slides as they need, losing none and keeping their order', () => {
    const quotes = [300, 250, 90, 150, 2000, 40].map((n, i) => `${i}${words(n)}`);
    const pages = pageQuotes(quotes, (q) => q);
    expect(pages.flat()).toEqual(quotes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.length >= 1 && page.length <= 3)).toBe(true);
  });
});
