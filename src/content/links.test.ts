import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './links.ts';

describe('links that jump to a quote', () => {
  it('a short quote becomes one text directive', () => {
    expect(textFragmentUrl('https://example.org/a', 'GCSB are having a look at it.')).toBe('https://example.org/a#:~:text=GCSB%20are%20having%20a%20look%20at%20it.');
  });

  it('a long quote becomes a start and an end, with hyphens and commas escaped', () => {
    const url = textFragmentUrl('https://example.org/a', 'North Korea uses state-run restaurants, diplomatic fronts and citizens living abroad, to facilitate revenue generation.');
    expect(url).toBe('https://example.org/a#:~:text=North%20Korea%20uses%20state%2Drun,to%20facilitate%20revenue%20generation.');
  });

  it('replaces a fragment the article URL already has', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'Kenya')).toBe('https://example.org/a#:~:text=Kenya');
  });
});
