// The heights a phone's country sheet settles at, in one place for the stylesheet's rule and the drag.
import type { SheetHeight } from '../../state/ui-store.ts';

/** The sheet's heading and summary line. */
export const PEEK_PX = 136;
/** Half height: a little under half, so that the middle of the screen shows the page between map and sheet. */
export const HALF = 0.45;
/** At full height the map's top edge still shows, so the sheet reads as over the map. */
export const FULL_GAP_PX = 48;

export function sheetPixels(sheet: SheetHeight, viewport: number): number {
  if (sheet === 'peek') return PEEK_PX;
  if (sheet === 'full') return viewport - FULL_GAP_PX;
  return Math.round(viewport * HALF);
}

/** Where a sheet let go at `height` settles: the nearest of the three. */
export function nearestSheetHeight(height: number, viewport: number): SheetHeight {
  const all: SheetHeight[] = ['peek', 'half', 'full'];
  return all.reduce((best, s) => (Math.abs(sheetPixels(s, viewport) - height) < Math.abs(sheetPixels(best, viewport) - height) ? s : best));
}
