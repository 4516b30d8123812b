import { describe, expect, it } from 'vitest';
import { toSegments } from './reader-segments.ts';
import type { Article, Claim } from './types.ts';

//           0         1         2         3         4
//           0123456789012345678901234567890123456789012345
const text = 'Photo\nKenya and Nepal are named. Malaysia too.\nAds';
const article: Article = { id: 'a', publisher: 'P', headline: null, url: 'https://example.org', published: null, reportsOn: ['r'], bodyStart: 6, bodyEnd: 46 };
const claim = (id: string, quote: string, from = 0): Claim => {
  const start = text.indexOf(quote, from);
  return { id, country: 'KEN', article: 'a', kind: 'operates-from', speaker: { type: 'reporter' }, quote, report: 'r', start, end: start + quote.length };
};
const wide = claim('wide', 'Kenya and Nepal are named.');
const narrow = claim('narrow', 'Nepal are named. Malaysia');
const other = { ...claim('elsewhere', 'Malaysia too.'), article: 'b' };
const pieces = (current: string | null) => toSegments(text, article, [wide, narrow, other], current).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('cutting an article into reader segments', () => {
  it('greys the furniture before and after the body', () => {
    const segments = pieces(null);
    expect(segments[0]).toEqual(['furniture', 'Photo\n']);
    expect(segments.at(-1)).toEqual(['furniture', '\nAds']);
  });

  it('marks the current quote as one stretch at exactly its offsets, even where other quotes overlap it', () => {
    const current = toSegments(text, article, [wide, narrow], 'narrow').filter((s) => s.kind === 'current');
    expect(current).toHaveLength(1);
    expect([current[0]?.start, current[0]?.end]).toEqual([narrow.start, narrow.end]);
  });

  it('marks other quoted passages of the same article faintly, and ignores other articles’ claims', () => {
    expect(pieces('narrow')).toEqual([
      ['furniture', 'Photo\n'],
      ['quoted', 'Kenya and '],
      ['current', 'Nepal are named. Malaysia'],
      ['text', ' too.'],
      ['furniture', '\nAds'],
    ]);
  });

  it('white space outside the body is plain text, not labelled furniture', () => {
    const short = 'Photo\nKenya is named.\n';
    const segments = toSegments(short, { ...article, bodyStart: 6, bodyEnd: short.length - 1 }, [], null);
    expect(segments.map((s) => [s.kind, short.slice(s.start, s.end)])).toEqual([
      ['furniture', 'Photo\n'],
      ['text', 'Kenya is named.\n'],
    ]);
  });

  it('with no current quote, every quoted passage is faint and the text is whole', () => {
    const segments = toSegments(text, article, [wide, narrow], null);
    expect(segments.some((s) => s.kind === 'current')).toBe(false);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });
});
