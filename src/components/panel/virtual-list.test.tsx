// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList, WHOLE_LIST_LIMIT } from './virtual-list.tsx';

// happy-dom lays nothing out: every item is 100 px tall, the scrolling box shows 800 px of the list,
// and the list sits at the top of the box, moved up by however far the box is scrolled.
const ITEM = 100;
const VIEW = 800;

afterEach(cleanup);
afterEach(() => {
  vi.restoreAllMocks();
});
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = this.closest('.scroller');
    const top = this.classList.contains('virtual-list') ? -(box?.scrollTop ?? 0) : 0;
    const height = this.matches('li[data-key]') ? ITEM : this === box ? VIEW : 0;
    return DOMRect.fromRect({ x: 0, y: top, width: 300, height });
  });
});

const itemsOf = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i + 1}`);

function showList(count: number, props: { firstDraw?: number; pinned?: string } = {}) {
  render(
    <div className="scroller" style={{ overflowY: 'auto' }}>
      <VirtualList items={itemsOf(count)} keyOf={(s) => s} render={(s) => <p>{s}</p>} estimate={ITEM} {...props} />
    </div>,
  );
  const scroller = document.querySelector('.scroller') as HTMLElement;
  const list = screen.getByRole('list');
  return { scroller, list };
}

const drawn = () => screen.getAllByRole('listitem').map((li) => li.textContent);
const spacers = () => [...document.querySelectorAll<HTMLElement>('.list-spacer')].map((s) => s.style.height);

function scrollTo(scroller: HTMLElement, top: number) {
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

describe('a long list', () => {
  const count = 100;

  it('draws only the items in and near view, with spacers for the rest', async () => {
    const { list } = showList(count);
    expect(drawn()).toEqual(itemsOf(12));
    // 800 px in view and 600 px either side: 14 items of 100 px.
    await waitFor(() => expect(list.dataset.drawn).toBe('0-14'));
    expect(drawn()).toEqual(itemsOf(14));
    expect(spacers()).toEqual([`${(count - 14) * ITEM}px`]);
    expect(list.dataset.total).toBe(String(count));
    const last = screen.getAllByRole('listitem').at(-1);
    expect([last?.getAttribute('aria-posinset'), last?.getAttribute('aria-setsize')]).toEqual(['14', String(count)]);
  });

  it('follows the scrolling', async () => {
    const { scroller, list } = showList(count);
    await waitFor(() => expect(list.dataset.drawn).toBe('0-14'));
    scrollTo(scroller, 5000);
    // From the item that reaches 600 px above the view (4300 to 4400) to 600 px below it (6400).
    await waitFor(() => expect(list.dataset.drawn).toBe('43-64'));
    expect(drawn()).toEqual(itemsOf(64).slice(43));
    expect(list.getAttribute('start')).toBe('44');
    expect(spacers()).toEqual(['4300px', '3600px']);
    scrollTo(scroller, 0);
    await waitFor(() => expect(list.dataset.drawn).toBe('0-14'));
  });

  it('draws every item for printing, and only those in view again afterwards', async () => {
    const { scroller, list } = showList(count);
    await waitFor(() => expect(list.dataset.drawn).toBe('0-14'));
    scrollTo(scroller, 5000);
    await waitFor(() => expect(list.dataset.drawn).toBe('43-64'));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawn()).toEqual(itemsOf(count));
    expect(spacers()).toEqual([]);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() => expect(list.dataset.drawn).toBe('43-64'));
  });

  it('draws a highlighted item from the start and scrolls it into view', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    showList(count, { pinned: 'Item 71' });
    expect(drawn()[0]).toBe('Item 69');
    const highlighted = screen.getByText('Item 71').closest('li');
    await waitFor(() => expect(scrolled).toHaveBeenCalledTimes(1));
    expect(scrolled.mock.contexts[0]).toBe(highlighted);
  });
});

describe('a short list', () => {
  const count = WHOLE_LIST_LIMIT;

  it('draws its first items in the first frame, then all of them', async () => {
    showList(count, { firstDraw: 5 });
    expect(drawn()).toEqual(itemsOf(5));
    await waitFor(() => expect(drawn()).toEqual(itemsOf(count)));
    expect(spacers()).toEqual([]);
    expect(screen.getAllByRole('listitem')[0]?.hasAttribute('aria-setsize')).toBe(false);
  });

  it('is printed whole even before its first frame is painted', () => {
    showList(count, { firstDraw: 5 });
    expect(drawn()).toHaveLength(5);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawn()).toEqual(itemsOf(count));
  });
});
