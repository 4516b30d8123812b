import { describe, expect, it } from 'vitest';
import { describeMismatch, firstDifference, nearestMatch } from './quote-match.ts';

const text = 'The report named India, Malaysia and Nepal. Later it named Kenya.';
const india = text.indexOf('India');

describe('finding where a quote almost sits', () => {
  it('firstDifference is -1 for a quote that sits at its offset', () => {
    expect(firstDifference(text, 'India, Malaysia', india)).toBe(-1);
  });

  it('firstDifference gives the index of the first character that differs', () => {
    expect(firstDifference(text, 'India, Malaysai', india)).toBe(13);
  });

  it('nearestMatch finds the best-matching offset and the character that differs there', () => {
    expect(nearestMatch(text, 'India, Malaysai', 0)).toEqual({ start: india, firstDiff: 13, expected: '"a"', found: '"i"' });
  });

  it('nearestMatch prefers the candidate nearest the stated offset on a tie', () => {
    const twice = 'abcX abcY';
    expect(nearestMatch(twice, 'abcZ', 7).start).toBe(5);
    expect(nearestMatch(twice, 'abcZ', 1).start).toBe(0);
  });

  it('describeMismatch says how far a verbatim quote moved', () => {
    expect(describeMismatch(text, 'Kenya', 10, { start: 0, end: text.length })).toContain(`it sits verbatim at offset ${text.indexOf('Kenya')} (moved by ${text.indexOf('Kenya') - 10})`);
  });

  it('describeMismatch ignores a verbatim copy outside the body', () => {
    const message = describeMismatch(text, 'Kenya', 10, { start: 0, end: 40 });
    expect(message).not.toContain('sits verbatim');
    expect(message).toContain('nearest almost-match');
  });
});
