import { describe, expect, it } from 'vitest';
import { textPositions } from './text-positions.ts';

describe('character positions in an article text', () => {
  it('are the UTF-16 offsets when every character fits in one unit', () => {
    const at = textPositions('Auckland – “Wellington”');
    expect(at.characters).toBe(23);
    expect([0, 9, 23].map(at.toCharacter)).toEqual([0, 9, 23]);
    expect([0, 9, 23].map(at.toUtf16)).toEqual([0, 9, 23]);
    expect([24, -1, 1.5].map(at.toUtf16)).toEqual([null, null, null]);
  });

  it('count a character outside the Basic Multilingual Plane once, where UTF-16 counts two units', () => {
    const text = 'a😀b𝄞c';
    const at = textPositions(text);
    expect(text.length).toBe(7);
    expect(at.characters).toBe(5);
    // a=0, 😀=1–3, b=3, 𝄞=4–6, c=6 in UTF-16; a=0, 😀=1, b=2, 𝄞=3, c=4 in characters.
    expect([0, 1, 3, 4, 6, 7].map(at.toCharacter)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(at.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(at.toUtf16(6)).toBeNull();
  });

  it('round-trip every character boundary of a mixed text', () => {
    const text = '🇳🇿 New Zealand — 北朝鮮 𝐍𝐊 end';
    const at = textPositions(text);
    expect(at.characters).toBe([...text].length);
    for (let c = 0; c <= at.characters; c++) expect(at.toCharacter(at.toUtf16(c) as number)).toBe(c);
  });
});
