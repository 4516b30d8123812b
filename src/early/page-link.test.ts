import { describe, expect, it } from 'vitest';
import { pageAddress } from './page-link.ts';

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
