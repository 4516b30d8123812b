import { describe, expect, it } from 'vitest';
import { moveHighlight } from './move-highlight.ts';

describe('moving the highlight through the options', () => {
  it('steps down and up one option at a time', () => {
    expect(moveHighlight(0, 5, 1)).toBe(1);
    expect(moveHighlight(3, 5, -1)).toBe(2);
  });

  it('wraps from the last option to the first and back', () => {
    expect(moveHighlight(4, 5, 1)).toBe(0);
    expect(moveHighlight(0, 5, -1)).toBe(4);
  });

  it('with nothing highlighted, down goes to the first option and up to the last', () => {
    expect(moveHighlight(-1, 5, 1)).toBe(0);
    expect(moveHighlight(-1, 5, -1)).toBe(4);
  });

  it('highlights nothing when there are no options', () => {
    expect(moveHighlight(0, 0, 1)).toBe(-1);
    expect(moveHighlight(-1, 0, -1)).toBe(-1);
  });
});
