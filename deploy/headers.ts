// What a host sends with each file of the atlas, in one place: the nginx server block and the
// `_headers` file that Netlify and Cloudflare Pages read are both written from these routes.
import { CSP_DIRECTIVES, policyOf } from '../vite/csp.ts';

/**
 * Every response: no guessing of types, no address sent to other sites, no powerful features asked
 * for, and no framing, for browsers that read no policy's frame-ancestors, and for any address no
 * route names (a missing page that a host answers with 404.html). A browser that reads frame-ancestors
 * ignores X-Frame-Options, so the embed pages' policy lets them be framed all the same.
 */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** Files whose names change with their content: a year, never checked again. */
export const FOREVER = 'public, max-age=31536000, immutable';
/** Pages, the offline worker and data files keep their names: asked about on every use, so an update shows at once. */
export const ALWAYS_CHECK = 'no-cache';

/** Framing the embed pages is allowed to every site unless the deploy names some. */
export const DEFAULT_EMBED_ANCESTORS = '*';

export interface RouteOptions {
  /** The atlas's base on the site, such as "/" or "/atlas/". */
  base?: string;
  /** The origins that may frame the embed pages (ATLAS_EMBED_ANCESTORS), as a CSP source list. */
  embedAncestors?: string;
}

/** A part of the site, below the base, and what each response from it carries besides EVERY_RESPONSE. */
export interface Route {
  name: 'assets' | 'embed' | 'site';
  /** The folder below the base, or "" for everything the other routes leave. */
  folder: string;
  headers: Record<string, string>;
}

/**
 * Checks a source list for frame-ancestors: origins, `*`, 'self' or 'none', separated by spaces.
 * Anything else (a quote, a semicolon, a newline) could change the policy, so it fails the build.
 */
export function checkAncestors(value: string): string {
  const list = value.trim().split(/\s+/);
  const source = /^(\*|'self'|'none'|(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?|https?:)$/i;
  const wrong = list.find((s) => !source.test(s));
  if (list.length === 0 || list[0] === '' || wrong !== undefined) {
    throw new Error(`ATLAS_EMBED_ANCESTORS must be origins that may frame the embed pages, separated by spaces (such as "https://intranet.example.org"); “${wrong ?? value}” is not one.`);
  }
  return list.join(' ');
}

export function routesFor({ embedAncestors = DEFAULT_EMBED_ANCESTORS }: RouteOptions = {}): Route[] {
  return [
    { name: 'assets', folder: 'assets/', headers: { 'Cache-Control': FOREVER } },
    { name: 'embed', folder: 'embed/', headers: { 'Content-Security-Policy': policyOf({ ...CSP_DIRECTIVES, 'frame-ancestors': checkAncestors(embedAncestors) }), 'Cache-Control': ALWAYS_CHECK } },
    { name: 'site', folder: '', headers: { 'Content-Security-Policy': policyOf({ ...CSP_DIRECTIVES, 'frame-ancestors': "'none'" }), 'Cache-Control': ALWAYS_CHECK } },
  ];
}

/** The headers a path below the base gets: the first route whose folder holds it, and those of every response. */
export function headersFor(path: string, routes: readonly Route[]): Record<string, string> {
  const route = routes.find((r) => path.startsWith(r.folder));
  return { ...EVERY_RESPONSE, ...route?.headers };
}

/**
 * What the build writes at its root besides assets/ and embed/: files by name, folders with a
 * slash. The `_headers` file names each, because hosts that read it add up the headers of every
 * rule a path matches, so the rules must not overlap. The build fails on an entry missing here.
 */
export const SITE_ENTRIES = ['index.html', '404.html', 'sw.js', 'favicon.svg', 'preview.png', 'oembed.json', 'country/', 'data/'] as const;
