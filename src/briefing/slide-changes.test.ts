import { describe, expect, it } from 'vitest';
import { linesAt, linesIn, pageSentences } from './slide-changes.ts';
import { ELLIPSIS } from './text-fit.ts';

const TWO = ['The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand.'];
const names = (n: number) => Array.from({ length: n }, (_, i) => `Country ${i + 1}`).join(', ');
const sentence = (i: number, n: number) => `The report of month ${i + 2} names ${n} countries the report of month ${i + 1} did not: ${names(n)}.`;

describe('the what-changed slides’ text', () => {
  it('sets one short sentence alone, in the largest type', () => {
    expect(pageSentences(TWO)).toEqual([{ sentences: TWO, size: 24, cut: false }]);
  });

  it('puts many editions’ sentences on as many slides as they need, each slide’s text fitting its column, none left out', () => {
    const sentences = Array.from({ length: 14 }, (_, i) => sentence(i, 3 + (i % 5) * 4));
    const pages = pageSentences(sentences);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.sentences)).toEqual(sentences);
    for (const page of pages) {
      expect(page.cut).toBe(false);
      expect(linesAt(page.sentences, page.size)).toBeLessThanOrEqual(linesIn(page.size));
    }
  });

  it('cuts a sentence too long for a whole slide at a word, keeping its beginning as written', () => {
    const long = sentence(0, 400);
    const [page, ...rest] = pageSentences([long]);
    expect(rest).toEqual([]);
    expect(page?.cut).toBe(true);
    const [text = ''] = page?.sentences ?? [];
    expect(text.endsWith(ELLIPSIS)).toBe(true);
    expect(long.startsWith(text.slice(0, -ELLIPSIS.length))).toBe(true);
    expect(linesAt([text], page?.size ?? 0)).toBeLessThanOrEqual(linesIn(page?.size ?? 0));
  });
});
