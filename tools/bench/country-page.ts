// Which address the benchmark opens as a country's page: the country's own static page when the
// build has one (`/country/new-zealand/`), else the overview with the country in the query.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type SlugOf = (name: string) => string;

/** The real corpus's country page, unless `--country-page` says otherwise; NZL's query form stands in when the build has no such page. */
export const COUNTRY_PAGE = { path: '/country/new-zealand/', iso3: 'NZL' } as const;

export const queryPage = (iso3: string) => `/?country=${iso3}`;

/** Whether a static host serving `dist` has a file at `path` (a folder's index.html for a path ending in /). */
export function hasPage(dist: string, path: string): boolean {
  const file = path.split(/[?#]/)[0] ?? '/';
  return existsSync(join(dist, file.endsWith('/') ? `${file}index.html` : file));
}

/** The address of a country's page in the build at `dist`: its own page by slug, when there is one. */
export function countryPagePath(dist: string, country: { iso3: string; name: string }, slugOf: SlugOf | null): string {
  const own = slugOf && `/country/${slugOf(country.name)}/`;
  return own && hasPage(dist, own) ? own : queryPage(country.iso3);
}

/** The page to open for a path given as an option or the default: the path itself when the build has it, else the fallback. */
export function givenPagePath(dist: string, path: string, fallback: string): string {
  return path.includes('?') || hasPage(dist, path) ? path : fallback;
}

/** The country a page shows: from `?country=`, or from its slug; null when neither tells. */
export function countryOfPage(path: string, countries: readonly { iso3: string; name: string }[], slugOf: SlugOf | null): string | null {
  const query = /[?&]country=([^&#]+)/.exec(path)?.[1];
  if (query) return decodeURIComponent(query).toUpperCase();
  const slug = /^\/country\/([^/]+)\/?$/.exec(path)?.[1];
  return (slug && slugOf && countries.find((c) => slugOf(c.name) === slug)?.iso3) || null;
}

// Not a literal import, so that the type check does not insist on a module that may not exist yet.
const SLUG_MODULE = new URL('../../src/content/slug.ts', import.meta.url).href;

/** The app's own slug rule, once the app has one (src/content/slug.ts); null before. */
export async function loadSlugOf(where = SLUG_MODULE): Promise<SlugOf | null> {
  const module = (await import(where).catch(() => null)) as { slugOf?: unknown } | null;
  return typeof module?.slugOf === 'function' ? (module.slugOf as SlugOf) : null;
}
