import { describe, expect, it } from 'vitest';
import { FULL_GAP_PX, nearestSheetHeight, PEEK_PX, sheetPixels } from './sheet-heights.ts';

describe('the sheet heights', () => {
  it('are the heading, about half the screen, and all but the top of the map', () => {
    expect(sheetPixels('peek', 860)).toBe(PEEK_PX);
    expect(sheetPixels('half', 860)).toBe(387);
    expect(sheetPixels('full', 860)).toBe(860 - FULL_GAP_PX);
  });

  it('settles a dragged sheet at the nearest height', () => {
    expect(nearestSheetHeight(150, 860)).toBe('peek');
    expect(nearestSheetHeight(300, 860)).toBe('half');
    expect(nearestSheetHeight(500, 860)).toBe('half');
    expect(nearestSheetHeight(700, 860)).toBe('full');
    expect(nearestSheetHeight(2000, 860)).toBe('full');
  });
});
