// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWhenWanted, type StartTimes } from './app-start.ts';

const TIMES: StartTimes = { afterLoadMs: 500, stillMs: 300, latestMs: 2500 };
const stops: (() => void)[] = [];

function page() {
  document.body.innerHTML = '<div id="root"><a id="kenya" href="/country/kenya/">Kenya</a><button id="table" type="button">Table</button><select id="report"><option>a</option><option>b</option></select></div>';
  const root = () => document.getElementById('root');
  let started = 0;
  let finish!: () => void;
  const start = () => {
    started++;
    return new Promise<void>((resolve) => (finish = resolve));
  };
  const isPageLink = (event: Event) => event.target instanceof Element && event.target.closest('a') !== null;
  stops.push(startWhenWanted(root, start, isPageLink, TIMES));
  return { started: () => started, finish: () => finish(), el: (id: string) => document.getElementById(id)! };
}

describe('when the app starts on a prerendered page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.useRealTimers();
  });

  it('starts a little after the page has loaded, once', () => {
    const p = page();
    expect(p.started()).toBe(0);
    vi.advanceTimersByTime(TIMES.afterLoadMs - 1);
    expect(p.started()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(p.started()).toBe(1);
    vi.advanceTimersByTime(5000);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(p.started()).toBe(1);
  });

  it('waits while the pointer moves, but not past its latest', () => {
    const p = page();
    for (let t = 0; t < TIMES.latestMs - 100; t += 100) {
      p.el('kenya').dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      vi.advanceTimersByTime(100);
    }
    expect(p.started()).toBe(0);
    p.el('kenya').dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    vi.advanceTimersByTime(100);
    expect(p.started()).toBe(1);
  });

  it('starts at once for a key, or a press on anything but a link to a page', () => {
    const keyed = page();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(keyed.started()).toBe(1);
    stops.splice(0).forEach((stop) => stop());
    const linked = page();
    linked.el('kenya').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(linked.started()).toBe(0);
    linked.el('table').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(linked.started()).toBe(1);
  });

  it('gives the app, once started, a control’s click and a select’s change made before it could hear them', async () => {
    const p = page();
    p.el('table').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    p.el('table').click();
    p.el('report').dispatchEvent(new Event('change', { bubbles: true }));
    const heard: string[] = [];
    document.getElementById('root')!.addEventListener('click', (e) => heard.push(`click ${(e.target as Element).id}`));
    document.getElementById('root')!.addEventListener('change', (e) => heard.push(`change ${(e.target as Element).id}`));
    expect(heard).toEqual([]);
    p.finish();
    await vi.waitFor(() => expect(heard).toEqual(['click table', 'change report']));
  });

  it('holds a click on a country made while the app is on its way, and gives it to the app', async () => {
    const p = page();
    vi.advanceTimersByTime(TIMES.afterLoadMs);
    expect(p.started()).toBe(1);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    p.el('kenya').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    const heard: string[] = [];
    document.getElementById('root')!.addEventListener('click', (e) => heard.push((e.target as Element).id));
    p.finish();
    await vi.waitFor(() => expect(heard).toEqual(['kenya']));
  });
});
