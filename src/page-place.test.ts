import { describe, expect, it } from 'vitest';
import { placeOf } from './page-place.ts';

describe('placeOf', () => {
  it('tells an embed page by its folder, under the atlas’s base', () => {
    expect(placeOf('/embed/country/kenya/', '/')).toEqual({ embed: true, base: '/', pages: '/embed/' });
    expect(placeOf('/atlas/embed/', '/atlas/')).toEqual({ embed: true, base: '/atlas/', pages: '/atlas/embed/' });
  });

  it('takes every other page as one of the atlas’s own', () => {
    expect(placeOf('/country/kenya/', '/')).toEqual({ embed: false, base: '/', pages: '/' });
    expect(placeOf('/embedded/', '/')).toMatchObject({ embed: false });
    expect(placeOf('/embed/', '/atlas/')).toMatchObject({ embed: false });
  });
});
