import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCountryLookup } from './country-lookup.ts';
import { atlasStore, initialState } from './store.ts';
import { fakeWindow } from './test-support/fake-window.ts';
import { initialUiState, uiStore } from './ui-store.ts';
import { startUrlSync } from './url-sync.ts';
import { makeCountryPages } from '../content/slug.ts';
import { addressesFor, type UrlContext } from './url.ts';

const countries = makeCountryLookup([
  { iso3: 'NZL', iso2: 'NZ', name: 'New Zealand', aliases: [], onMap: true },
  { iso3: 'THA', iso2: 'TH', name: 'Thailand', aliases: [], onMap: true },
]);
const pages = makeCountryPages([
  { iso3: 'NZL', name: 'New Zealand' },
  { iso3: 'THA', name: 'Thailand' },
]);
const context: UrlContext = { countries, claims: new Map(), articles: new Set<string>(), tourSteps: 3, pages, reports: [] };
// Writing an address is spied on, to show what is and is not written.
const base = addressesFor(pages, '/');
const addresses = { read: base.read, write: vi.fn(base.write) };
const withIds: UrlContext = { ...context, claims: new Map([['q-tha', { country: 'THA', article: 'a' }]]), articles: new Set(['a']) };

beforeEach(() => {
  atlasStore.setState(initialState);
  uiStore.setState(initialUiState);
});

describe('keeping the URL in step with the view', () => {
  it('never writes hovering, the keyboard’s place, a panel drawn ahead or a notice to the URL', async () => {
    const page = fakeWindow();
    const sync = startUrlSync({ store: atlasStore, contextFor: () => context, titleFor: () => 'Atlas', win: page.win, addresses });
    await sync.ready;
    addresses.write.mockClear();
    uiStore.getState().setHover({ iso3: 'NZL', x: 10, y: 20, boxWidth: 800 });
    uiStore.getState().setHover({ iso3: 'NZL', x: 11, y: 21, boxWidth: 800 });
    uiStore.getState().setKeyFocus('NZL');
    uiStore.getState().setPrepared('NZL');
    atlasStore.getState().showNotice({ message: 'No country matches “x”.', suggestions: [] });
    expect(addresses.write).not.toHaveBeenCalled();
    expect(page.history.pushState).not.toHaveBeenCalled();
    expect(page.history.replaceState).not.toHaveBeenCalled();

    // What a link carries is written, once.
    atlasStore.getState().select('NZL');
    expect(addresses.write).toHaveBeenCalledTimes(1);
    expect(page.history.pushState).toHaveBeenCalledTimes(1);
    expect(page.address()).toBe('/country/new-zealand/');
    sync.stop();
  });

  it('moves an old ?country= link to the country’s page in place, and Back and Forward move between pages', async () => {
    const page = fakeWindow('?country=th&view=table');
    const sync = startUrlSync({ store: atlasStore, contextFor: () => context, titleFor: (s) => s.country ?? 'Atlas', win: page.win, addresses });
    await sync.ready;
    expect(page.address()).toBe('/country/thailand/?view=table');
    expect(page.history.replaceState).toHaveBeenCalledTimes(1);
    expect(page.history.pushState).not.toHaveBeenCalled();
    atlasStore.getState().select('NZL');
    expect(page.address()).toBe('/country/new-zealand/?view=table');
    page.popTo('?view=table', '/country/thailand/');
    await Promise.resolve();
    expect(atlasStore.getState()).toMatchObject({ country: 'THA', view: 'table' });
    page.popTo('', '/');
    await Promise.resolve();
    expect(atlasStore.getState().country).toBeNull();
    expect(page.document.title).toBe('Atlas');
    sync.stop();
  });

  it('reads a link naming a quote once its ids have been fetched, and rewrites it in place', async () => {
    const page = fakeWindow('?quote=q-tha');
    let fetched!: (c: UrlContext) => void;
    const sync = startUrlSync({ store: atlasStore, contextFor: () => new Promise((resolve) => (fetched = resolve)), titleFor: (s) => s.country ?? 'Atlas', win: page.win, addresses });
    await Promise.resolve();
    expect(atlasStore.getState().quote).toBeNull();
    fetched(withIds);
    await sync.ready;
    expect(atlasStore.getState()).toMatchObject({ country: 'THA', quote: 'q-tha', notice: null });
    expect(page.address()).toBe('/country/thailand/?quote=q-tha');
    expect(page.history.pushState).not.toHaveBeenCalled();
    expect(page.document.title).toBe('THA');
    sync.stop();
  });

  it('drops a reading of Back whose ids arrive after the user has moved on', async () => {
    const page = fakeWindow();
    const pending: ((c: UrlContext) => void)[] = [];
    const sync = startUrlSync({ store: atlasStore, contextFor: (p) => (p.quote ? new Promise((resolve) => pending.push(resolve)) : context), titleFor: () => 'Atlas', win: page.win, addresses });
    await sync.ready;
    page.popTo('?quote=q-tha');
    atlasStore.getState().select('NZL');
    pending.forEach((resolve) => resolve(withIds));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(atlasStore.getState()).toMatchObject({ country: 'NZL', quote: null });
    expect(page.address()).toBe('/country/new-zealand/');
    sync.stop();
  });
});
