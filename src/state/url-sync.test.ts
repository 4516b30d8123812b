import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCountryLookup } from './country-lookup.ts';
import { atlasStore, initialState } from './store.ts';
import { fakeWindow } from './test-support/fake-window.ts';
import { initialUiState, uiStore } from './ui-store.ts';
import { startUrlSync } from './url-sync.ts';
import type * as url from './url.ts';
import { encodeUrl, type UrlContext } from './url.ts';

vi.mock('./url.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof url>();
  return { ...actual, encodeUrl: vi.fn(actual.encodeUrl) };
});
const encode = vi.mocked(encodeUrl);

const countries = makeCountryLookup([
  { iso3: 'NZL', iso2: 'NZ', name: 'New Zealand', aliases: [], onMap: true },
  { iso3: 'THA', iso2: 'TH', name: 'Thailand', aliases: [], onMap: true },
]);
const context: UrlContext = { countries, claims: new Map(), articles: new Set<string>(), tourSteps: 3 };
const withIds: UrlContext = { ...context, claims: new Map([['q-tha', { country: 'THA', article: 'a' }]]), articles: new Set(['a']) };

beforeEach(() => {
  atlasStore.setState(initialState);
  uiStore.setState(initialUiState);
});

describe('keeping the URL in step with the view', () => {
  it('never writes hovering, the keyboard’s place, a panel drawn ahead or a notice to the URL', async () => {
    const page = fakeWindow();
    const sync = startUrlSync({ store: atlasStore, contextFor: () => context, titleFor: () => 'Atlas', win: page.win });
    await sync.ready;
    encode.mockClear();
    uiStore.getState().setHover({ iso3: 'NZL', x: 10, y: 20, boxWidth: 800 });
    uiStore.getState().setHover({ iso3: 'NZL', x: 11, y: 21, boxWidth: 800 });
    uiStore.getState().setKeyFocus('NZL');
    uiStore.getState().setPrepared('NZL');
    atlasStore.getState().showNotice({ message: 'No country matches “x”.', suggestions: [] });
    expect(encode).not.toHaveBeenCalled();
    expect(page.history.pushState).not.toHaveBeenCalled();
    expect(page.history.replaceState).not.toHaveBeenCalled();

    // What a link carries is written, once.
    atlasStore.getState().select('NZL');
    expect(encode).toHaveBeenCalledTimes(1);
    expect(page.history.pushState).toHaveBeenCalledTimes(1);
    expect(page.location.search).toBe('?country=NZL');
    sync.stop();
  });

  it('reads a link naming a quote once its ids have been fetched, and rewrites it in place', async () => {
    const page = fakeWindow('?quote=q-tha');
    let fetched!: (c: UrlContext) => void;
    const sync = startUrlSync({ store: atlasStore, contextFor: () => new Promise((resolve) => (fetched = resolve)), titleFor: (s) => s.country ?? 'Atlas', win: page.win });
    await Promise.resolve();
    expect(atlasStore.getState().quote).toBeNull();
    fetched(withIds);
    await sync.ready;
    expect(atlasStore.getState()).toMatchObject({ country: 'THA', quote: 'q-tha', notice: null });
    expect(page.location.search).toBe('?country=THA&quote=q-tha');
    expect(page.history.pushState).not.toHaveBeenCalled();
    expect(page.document.title).toBe('THA');
    sync.stop();
  });

  it('drops a reading of Back whose ids arrive after the user has moved on', async () => {
    const page = fakeWindow();
    const pending: ((c: UrlContext) => void)[] = [];
    const sync = startUrlSync({ store: atlasStore, contextFor: (p) => (p.quote ? new Promise((resolve) => pending.push(resolve)) : context), titleFor: () => 'Atlas', win: page.win });
    await sync.ready;
    page.popTo('?quote=q-tha');
    atlasStore.getState().select('NZL');
    pending.forEach((resolve) => resolve(withIds));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(atlasStore.getState()).toMatchObject({ country: 'NZL', quote: null });
    expect(page.location.search).toBe('?country=NZL');
    sync.stop();
  });
});
