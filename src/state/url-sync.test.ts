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

const context: UrlContext = {
  countries: makeCountryLookup([{ iso3: 'NZL', iso2: 'NZ', name: 'New Zealand', aliases: [], onMap: true }]),
  claims: new Map(),
  articles: new Set<string>(),
  tourSteps: 3,
};

beforeEach(() => {
  atlasStore.setState(initialState);
  uiStore.setState(initialUiState);
});

describe('keeping the URL in step with the view', () => {
  it('never writes hovering, the keyboard’s place, a panel drawn ahead or a notice to the URL', () => {
    const page = fakeWindow();
    const stop = startUrlSync({ store: atlasStore, context, titleFor: () => 'Atlas', win: page.win });
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
    stop();
  });
});
