import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryOfPage, countryPagePath, givenPagePath, hasPage, loadSlugOf, queryPage } from './country-page.ts';

// The rule the app's country pages follow, as a stand-in in these tests.
const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const COUNTRIES = [
  { iso3: 'NZL', name: 'New Zealand' },
  { iso3: 'CIV', name: "Côte d'Ivoire" },
];

describe('the country page the benchmark opens', () => {
  let withPages: string;
  let without: string;
  beforeAll(() => {
    withPages = mkdtempSync(join(tmpdir(), 'atlas-pages-'));
    mkdirSync(join(withPages, 'country', 'cote-d-ivoire'), { recursive: true });
    writeFileSync(join(withPages, 'country', 'cote-d-ivoire', 'index.html'), '<!doctype html>');
    writeFileSync(join(withPages, 'index.html'), '<!doctype html>');
    without = mkdtempSync(join(tmpdir(), 'atlas-no-pages-'));
    writeFileSync(join(without, 'index.html'), '<!doctype html>');
  });

  it('finds a folder’s index.html as a static host would', () => {
    expect(hasPage(withPages, '/country/cote-d-ivoire/')).toBe(true);
    expect(hasPage(withPages, '/')).toBe(true);
    expect(hasPage(without, '/country/cote-d-ivoire/')).toBe(false);
  });

  it('opens the country’s own page by its slug when the build has it', () => {
    expect(countryPagePath(withPages, COUNTRIES[1]!, slugOf)).toBe('/country/cote-d-ivoire/');
  });

  it('falls back to the query form when the build has no such page, or no slug rule is known', () => {
    expect(countryPagePath(without, COUNTRIES[1]!, slugOf)).toBe('/?country=CIV');
    expect(countryPagePath(withPages, COUNTRIES[1]!, null)).toBe('/?country=CIV');
  });

  it('takes a given path when the build has it, a query as it is, and the fallback otherwise', () => {
    expect(givenPagePath(withPages, '/country/cote-d-ivoire/', queryPage('CIV'))).toBe('/country/cote-d-ivoire/');
    expect(givenPagePath(without, '/country/new-zealand/', queryPage('NZL'))).toBe('/?country=NZL');
    expect(givenPagePath(without, '/?country=CHN', queryPage('NZL'))).toBe('/?country=CHN');
  });

  it('tells which country a page shows, from its query or its slug', () => {
    expect(countryOfPage('/?country=nzl', COUNTRIES, null)).toBe('NZL');
    expect(countryOfPage('/country/cote-d-ivoire/', COUNTRIES, slugOf)).toBe('CIV');
    expect(countryOfPage('/country/cote-d-ivoire/', COUNTRIES, null)).toBeNull();
    expect(countryOfPage('/country/atlantis/', COUNTRIES, slugOf)).toBeNull();
  });

  it('loads a module’s slug rule when it has one, and nothing otherwise', async () => {
    const module = join(withPages, 'slug.mjs');
    writeFileSync(module, 'export const slugOf = (name) => name.toLowerCase().replace(/ /g, "-");\n');
    expect((await loadSlugOf(pathToFileURL(module).href))?.('New Zealand')).toBe('new-zealand');
    expect(await loadSlugOf(pathToFileURL(join(withPages, 'missing.mjs')).href)).toBeNull();
    expect(await loadSlugOf(pathToFileURL(join(withPages, 'index.html')).href)).toBeNull();
  });
});
