import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { SHEET_HEIGHTS, uiStore, useUi, type SheetHeight } from '../../state/ui-store.ts';
import { nearestSheetHeight, sheetPixels } from './sheet-heights.ts';
import './sheet-handle.css';

const LABELS: Record<SheetHeight, string> = {
  peek: 'Show more of the country',
  half: 'Show the country on the whole screen',
  full: 'Show less of the country, and the map',
};

const step = (from: SheetHeight, by: 1 | -1) => SHEET_HEIGHTS[Math.min(SHEET_HEIGHTS.length - 1, Math.max(0, SHEET_HEIGHTS.indexOf(from) + by))] as SheetHeight;

/**
 * The phone's sheet handle: dragged, the sheet follows the finger and settles at the nearest of
 * peek, half and full; pressed (or Enter, Space, the arrows), it moves a step, so that keyboard
 * and screen-reader users reach every height too.
 */
export function SheetHandle() {
  const sheet = useUi((s) => s.sheet);
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  const layoutOf = (el: Element) => el.closest<HTMLElement>('.layout');

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (!event.isPrimary) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: sheetPixels(sheet, window.innerHeight), moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const layout = layoutOf(event.currentTarget);
    if (!d || !layout) return;
    const dy = d.startY - event.clientY;
    if (Math.abs(dy) > 4) d.moved = true;
    if (!d.moved) return;
    const height = Math.min(window.innerHeight, Math.max(sheetPixels('peek', window.innerHeight), d.startHeight + dy));
    layout.style.setProperty('--sheet', `${height}px`);
    layout.dataset.dragging = '';
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    // A mouse's release after a drag is also a click, which must not move the sheet again.
    dragged.current = !!d?.moved;
    const layout = layoutOf(event.currentTarget);
    if (!d?.moved || !layout) return;
    const height = d.startHeight + (d.startY - event.clientY);
    layout.style.removeProperty('--sheet');
    delete layout.dataset.dragging;
    uiStore.getState().setSheet(nearestSheetHeight(height, window.innerHeight));
  };
  // A press that did not drag moves a step: up from peek and half, down from full.
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    uiStore.getState().setSheet(sheet === 'full' ? 'half' : step(sheet, 1));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    uiStore.getState().setSheet(step(sheet, event.key === 'ArrowUp' ? 1 : -1));
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={LABELS[sheet]}
      data-sheet={sheet}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  );
}
