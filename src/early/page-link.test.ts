import { describe, expect, it } from 'vitest';
import { atlasStore } from '../state/store.ts';
import { URL_FIELDS } from '../state/url.ts';
import { CHANGED_BY_OPENING, carryingView, pageAddress } from './page-link.ts';

const FROM = 'https://atlas.example/country/new-zealand/';

describe('pageAddress', () => {
  it('takes the overview and country pages under the base', () => {
    expect(pageAddress('/country/kenya/', '/', FROM)?.href).toBe('https://atlas.example/country/kenya/');
    expect(pageAddress('/', '/', FROM)?.href).toBe('https://atlas.example/');
    expect(pageAddress('../kenya/', '/', FROM)?.pathname).toBe('/country/kenya/');
    expect(pageAddress('/atlas/country/cote-d-ivoire/', '/atlas/', 'https://x.example/atlas/')?.pathname).toBe('/atlas/country/cote-d-ivoire/');
  });

  it('leaves data files, downloads, other sites and other bases to the browser', () => {
    expect(pageAddress('/data/claims.csv', '/', FROM)).toBeNull();
    expect(pageAddress('/country/kenya/quotes.json', '/', FROM)).toBeNull();
    expect(pageAddress('/country/kenya', '/', FROM)).toBeNull();
    expect(pageAddress('https://www.nzherald.co.nz/country/kenya/', '/', FROM)).toBeNull();
    expect(pageAddress('/country/kenya/', '/atlas/', FROM)).toBeNull();
    expect(pageAddress('/country/kenya/#quotes', '/', FROM)).toBeNull();
    expect(pageAddress('http://[', '/', FROM)).toBeNull();
  });
});

describe('carryingView', () => {
  it('keeps the view’s parameters, and drops what opening a country changes', () => {
    const url = new URL('https://atlas.example/country/kenya/');
    expect(carryingView(url, '?report=rf-2017-07&country=NZL&quote=q1&measure=reports').href).toBe('https://atlas.example/country/kenya/?report=rf-2017-07&measure=reports');
    expect(carryingView(url, '').href).toBe('https://atlas.example/country/kenya/');
  });

  it('drops exactly what the app’s store changes when a country is opened', () => {
    const before = { ...atlasStore.getState(), view: 'table' as const, country: 'NZL', article: 'a', quote: 'q', speaker: 'official' as const, report: 'r', measure: 'reports' as const, until: 'r', tour: 2 };
    atlasStore.setState(before);
    atlasStore.getState().select('KEN');
    const after = atlasStore.getState();
    const changed = URL_FIELDS.filter((field) => after[field] !== before[field]);
    expect(changed).toEqual([...CHANGED_BY_OPENING]);
  });
});
