import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../after-paint.ts';
import { useHydrated } from '../use-hydrated.ts';

/** Up to this many items a list is drawn whole; longer lists draw only what can be seen. */
export const WHOLE_LIST_LIMIT = 40;
const OVERSCAN_PX = 600;
const FIRST_DRAW = 12;

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** A guess at an item's height before it has been drawn, in px. */
  estimate: number;
  /** An item that must be drawn from the start (a highlighted quote). */
  pinned?: string | null;
  /** How many items the first frame draws; the rest follow in the next. Drawing what is in view first opens the list sooner. */
  firstDraw?: number;
  /** False while the list is drawn ahead, out of sight: it keeps to its first items and does not follow scrolling. */
  active?: boolean;
  className?: string;
}

function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return e;
  }
  return null;
}

/**
 * An ordered list that, when long, draws only the items in and near view, with spacers that
 * keep the scroll bar true; heights are measured as items are drawn. Printing draws them all.
 */
export function VirtualList<T>({ items, keyOf, render, estimate, pinned = null, firstDraw = FIRST_DRAW, active = true, className }: Props<T>) {
  const whole = items.length <= WHOLE_LIST_LIMIT;
  const box = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLElement | Window | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const heights = useRef(new Map<string, number>());
  const pinnedIndex = pinned === null ? -1 : items.findIndex((item) => keyOf(item) === pinned);
  const initial = (): [number, number] => (pinnedIndex < 0 ? [0, FIRST_DRAW] : [Math.max(0, pinnedIndex - 2), pinnedIndex + FIRST_DRAW]);
  const [range, setRange] = useState<[number, number]>(initial);
  const [printing, setPrinting] = useState(false);
  // A page prerendered at build time holds a short list whole, and the app takes it over as it is.
  const hydrated = useHydrated();
  // Until the first frame has been painted, only the first few items; a list holding the highlighted quote is drawn at once.
  const [settled, setSettled] = useState(pinnedIndex >= 0 || !hydrated);

  // Another country, filter or highlighted quote: the window starts again, around the highlighted quote,
  // which is scrolled into view once; a card drawn again later never pulls the view back to itself.
  // Only new items start again from the first few; a highlight that comes or goes never shortens the list.
  const [shown, setShown] = useState({ items, pinned });
  if (shown.items !== items || shown.pinned !== pinned) {
    setShown({ items, pinned });
    setRange(initial());
    if (shown.items !== items) setSettled(pinnedIndex >= 0);
    else if (pinnedIndex >= 0) setSettled(true);
  }
  useEffect(() => {
    if (settled || !active) return;
    const cancel = afterNextPaint(() => setSettled(true));
    // Printed before then, it is printed whole.
    const beforePrint = () => flushSync(() => setSettled(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancel();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [settled, active]);
  useEffect(() => {
    if (pinned === null || !active) return;
    const frame = requestAnimationFrame(() => box.current?.querySelector(`[data-key="${CSS.escape(pinned)}"]`)?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [items, pinned, active]);

  const heightOf = useCallback((i: number) => heights.current.get(keyOf(items[i] as T)) ?? estimate, [items, keyOf, estimate]);

  const update = useCallback(() => {
    const element = box.current;
    if (!element) return;
    const parent = (scroller.current ??= scrollParentOf(element) ?? window);
    const view = parent !== window ? (parent as HTMLElement).getBoundingClientRect() : { top: 0, height: window.innerHeight };
    const listTop = element.getBoundingClientRect().top;
    const from = Math.max(0, view.top - listTop - OVERSCAN_PX);
    const to = view.top - listTop + view.height + OVERSCAN_PX;
    let y = 0;
    let start = 0;
    while (start < items.length && y + heightOf(start) < from) y += heightOf(start++);
    let end = start;
    while (end < items.length && y < to) y += heightOf(end++);
    setRange((r) => (r[0] === start && r[1] === Math.max(end, start + 1) ? r : [start, Math.max(end, start + 1)]));
  }, [items.length, heightOf]);

  // Measure what was drawn, before it is painted, so that the spacers are true from the first frame.
  useLayoutEffect(() => {
    const element = list.current;
    if (whole || !element) return;
    for (const li of element.children) {
      const key = li.getAttribute('data-key');
      if (key) heights.current.set(key, li.getBoundingClientRect().height);
    }
  });

  // Following the scroll starts once the first frame is painted: until then the first items are all there is to draw.
  useEffect(() => {
    const element = box.current;
    if (whole || !active || !settled || !element) return;
    const parent = (scroller.current ??= scrollParentOf(element) ?? window);
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    parent.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    onScroll();
    return () => {
      cancelAnimationFrame(frame);
      parent.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [whole, active, settled, update]);

  const [from, to] = printing ? [0, items.length] : whole ? [0, settled ? items.length : firstDraw] : range;
  const end = Math.min(items.length, to, settled || printing ? Infinity : from + firstDraw);
  const start = Math.min(from, end);
  let above = 0;
  for (let i = 0; i < start; i++) above += heightOf(i);
  let below = 0;
  for (let i = end; i < items.length; i++) below += heightOf(i);
  return (
    <div ref={box} className="virtual-list">
      {/* The spacers' heights are styles, which a prerendered page cannot carry under its policy: they come once the app runs. */}
      {hydrated && above > 0 && <div className="list-spacer" style={{ height: above }} aria-hidden="true" />}
      <ol ref={list} className={className} start={start + 1} data-drawn={`${start}-${end}`} data-total={items.length}>
        {items.slice(start, end).map((item, i) => (
          // Only part of a long list is in the page; each item still says where it stands in the whole.
          <li key={keyOf(item)} data-key={keyOf(item)} aria-setsize={whole ? undefined : items.length} aria-posinset={whole ? undefined : start + i + 1}>
            {render(item)}
          </li>
        ))}
      </ol>
      {hydrated && below > 0 && <div className="list-spacer" style={{ height: below }} aria-hidden="true" />}
    </div>
  );
}
