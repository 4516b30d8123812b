// Test helper: just enough of a window for URL sync, with history that records what it was asked.
import { vi } from 'vitest';

export function fakeWindow(search = '', pathname = '/') {
  const location = { search, pathname, hash: '' };
  const moveTo = (_state: unknown, _title: string, url?: string | URL | null) => {
    const next = new URL(String(url ?? ''), `http://atlas.test${location.pathname}`);
    location.search = next.search;
    location.pathname = next.pathname;
  };
  const history = { state: null, pushState: vi.fn(moveTo), replaceState: vi.fn(moveTo) };
  const document = { title: '' };
  const popListeners = new Set<() => void>();
  const win = {
    location,
    history,
    document,
    addEventListener: (type: string, listener: () => void) => type === 'popstate' && popListeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'popstate' && popListeners.delete(listener),
  };
  return {
    win: win as unknown as Window,
    /** Where the page is: its path and search string. */
    address: () => `${location.pathname}${location.search}`,
    history,
    location,
    document,
    /** Back or Forward to a page with this search string (and path). */
    popTo(next: string, path = location.pathname) {
      location.search = next;
      location.pathname = path;
      for (const listener of popListeners) listener();
    },
  };
}
