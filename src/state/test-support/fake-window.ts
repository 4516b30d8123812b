// Test helper: just enough of a window for URL sync, with history that records what it was asked.
import { vi } from 'vitest';

export function fakeWindow(search = '') {
  const location = { search, pathname: '/', hash: '' };
  const moveTo = (_state: unknown, _title: string, url?: string | URL | null) => {
    location.search = new URL(String(url ?? ''), 'http://atlas.test').search;
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
    history,
    location,
    document,
    /** Back or Forward to a page with this search string. */
    popTo(next: string) {
      location.search = next;
      for (const listener of popListeners) listener();
    },
  };
}
