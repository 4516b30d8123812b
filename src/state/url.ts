import type { Filters } from '../content/filters.ts';
import type { CountryPages } from '../content/slug.ts';
import type { CountryLookup } from './country-lookup.ts';
import { stepsThroughEditions } from './edition-steps.ts';

export const VIEWS = ['map', 'table', 'sources'] as const;
export const SPEAKER_FILTERS = ['all', 'report', 'official', 'reporter'] as const;
export const MEASURES = ['articles', 'kind', 'reports'] as const;
export type View = (typeof VIEWS)[number];
export type SpeakerFilter = (typeof SPEAKER_FILTERS)[number];
export type Measure = (typeof MEASURES)[number];

/** The part of the view that a link carries. */
export interface UrlState {
  view: View;
  country: string | null;
  /** The article open in the reader. */
  article: string | null;
  /** The highlighted quote (a claim id), in the panel or the reader. */
  quote: string | null;
  speaker: SpeakerFilter;
  /** One report's quotes only (its id); null for every report. */
  report: string | null;
  measure: Measure;
  /** Coloured by report, the edition the map has stepped to (a report's id); null for the latest. */
  until: string | null;
  /** The step of the guided tour, counted from 1; null outside the tour. */
  tour: number | null;
}

export const DEFAULT_URL_STATE: UrlState = { view: 'map', country: null, article: null, quote: null, speaker: 'all', report: null, measure: 'articles', until: null, tour: null };

/** A polite message about part of a link that was not understood, with countries it may have meant. */
export interface Notice {
  message: string;
  suggestions: string[];
}

export interface DecodedUrl {
  state: UrlState;
  notices: Notice[];
}

/** What the decoder needs to know of the content to check ids. */
export interface UrlContext {
  countries: CountryLookup;
  claims: ReadonlyMap<string, { country: string; article: string }>;
  articles: { has: (id: string) => boolean };
  /** How many steps the guided tour has. */
  tourSteps: number;
  /** The countries that have a page of their own. */
  pages: Pick<CountryPages, 'countryOf'>;
  /** Every report's id, oldest first. */
  reports: readonly string[];
}

const MAX_SHOWN = 40;
const shown = (value: string) => {
  const trimmed = value.trim();
  return trimmed.length > MAX_SHOWN ? `${trimmed.slice(0, MAX_SHOWN)}…` : trimmed;
};
const notice = (message: string, suggestions: string[] = []): Notice => ({ message, suggestions });

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function oneOf<T extends string>(options: readonly T[], raw: string | null, fallback: T, what: string, notices: Notice[]): T {
  if (raw === null || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  const found = options.find((o) => o === value);
  if (!found) notices.push(notice(`“${shown(raw)}” is not a ${what}; using ${fallback} instead.`));
  return found ?? fallback;
}

function decodeCountry(raw: string | null, lookup: CountryLookup, notices: Notice[]): string | null {
  if (raw === null || raw.trim() === '') return null;
  const country = lookup.resolve(raw);
  if (country !== null) return country;
  const suggestions = lookup.suggest(raw);
  notices.push(
    suggestions.length > 0
      ? notice(`No country is called “${shown(raw)}” exactly. Showing the whole map; did you mean one of these?`, suggestions)
      : notice(`No country matches “${shown(raw)}”. Showing the whole map instead.`),
  );
  return null;
}

function decodePage(slug: string | null, context: UrlContext, notices: Notice[]): string | null {
  if (slug === null) return null;
  const country = context.pages.countryOf(slug.toLowerCase());
  if (country !== undefined) return country;
  // An old or mistyped page address may still name a country the lookup knows.
  const named = context.countries.resolve(slug.replace(/-/g, ' '));
  if (named !== null) return named;
  notices.push(notice(`No country has a page called “${shown(slug)}”. Showing the whole map instead.`));
  return null;
}

function decodeReport(raw: string | null, reports: readonly string[], notices: Notice[]): string | null {
  if (raw === null) return null;
  const id = reports.find((r) => r === raw.trim().toLowerCase());
  if (id !== undefined) return id;
  notices.push(notice(`No report has the id “${shown(raw)}”; showing every report’s quotes.`));
  return null;
}

/**
 * The edition a link steps to. The latest is no step at all, and a step counts only where the map
 * steps through the editions; elsewhere it is left out of the address.
 */
function decodeUntil(raw: string | null, reports: readonly string[], view: { measure: Measure; report: string | null }, notices: Notice[]): string | null {
  if (raw === null) return null;
  const step = reports.indexOf(raw.trim().toLowerCase());
  if (step < 0) {
    notices.push(notice(`No report has the id “${shown(raw)}”; showing the latest edition.`));
    return null;
  }
  return stepsThroughEditions(view, reports.length) && step < reports.length - 1 ? (reports[step] ?? null) : null;
}

function decodeTour(raw: string | null, steps: number, notices: Notice[]): number | null {
  if (raw === null || raw.trim() === '') return null;
  const step = /^\s*\d{1,6}\s*$/.test(raw) ? Number(raw) : NaN;
  if (step >= 1 && step <= steps) return step;
  notices.push(notice(`The briefing has steps 1 to ${steps}; there is no step “${shown(raw)}”.`));
  return null;
}

/** A link read for its structure only: the values it gives, before any id is checked. */
export interface ParsedUrl {
  view: View;
  speaker: SpeakerFilter;
  /** As given: a report's id, checked against the reports. */
  report: string | null;
  measure: Measure;
  /** As given: a report's id, checked against the reports. */
  until: string | null;
  /** As given: a code, a name or an alias, resolved against the country table when checked. */
  country: string | null;
  article: string | null;
  quote: string | null;
  tour: string | null;
  /** The country page the address is on (`country/<slug>/`), as given; a `country` parameter goes before it. */
  page: string | null;
  /** About values that are not views, speaker filters or measures. */
  notices: Notice[];
}

const given = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/**
 * What an address's path says, below the atlas's base: a country page's slug, or nothing for the
 * overview. A path that is no page of the atlas gets a notice, and the overview.
 */
function parsePath(pathname: string, base: string, notices: Notice[]): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (rest === '' || rest === 'index.html') return null;
  const page = /^country\/([^/]*)\/?(?:index\.html)?$/.exec(rest);
  if (page?.[1]) return page[1];
  notices.push(notice(`The atlas has no page at “${shown(rest)}”. Showing the whole map instead.`));
  return null;
}

/**
 * First step: reads a location's search string (and its path, when the base it is served from is
 * given), knowing nothing of the content; never throws, whatever the address holds.
 */
export function parseUrl(search: string, path?: { pathname: string; base: string }): ParsedUrl {
  const notices: Notice[] = [];
  const page = path ? parsePath(path.pathname, path.base, notices) : null;
  const p = params(search);
  const get = (key: string) => p.get(key);
  return {
    view: oneOf(VIEWS, get('view'), 'map', 'view', notices),
    speaker: oneOf(SPEAKER_FILTERS, get('speaker'), 'all', 'speaker filter', notices),
    report: given(get('report')),
    measure: oneOf(MEASURES, get('measure'), 'articles', 'measure', notices),
    until: given(get('until')),
    country: given(get('country')),
    article: get('article')?.trim() || null,
    quote: get('quote')?.trim() || null,
    tour: given(get('tour')),
    page,
    notices,
  };
}

/** Whether checking the link needs every quote and article id. */
export const namesIds = (parsed: ParsedUrl) => parsed.quote !== null || parsed.article !== null;

/** Second step: checks the link's country, ids and tour step against the content; never throws. */
export function checkUrl(parsed: ParsedUrl, context: UrlContext): DecodedUrl {
  const { view, speaker, measure } = parsed;
  const notices = [...parsed.notices];
  let country = parsed.country !== null ? decodeCountry(parsed.country, context.countries, notices) : decodePage(parsed.page, context, notices);

  let article = parsed.article;
  if (article !== null && !context.articles.has(article)) {
    notices.push(notice(`No article has the id “${shown(article)}”.`));
    article = null;
  }

  let quote = parsed.quote;
  const claim = quote === null ? undefined : context.claims.get(quote);
  if (quote !== null && !claim) {
    notices.push(notice(`No quote has the id “${shown(quote)}”.`));
    quote = null;
  } else if (claim && article !== null && claim.article !== article) {
    notices.push(notice(`That quote is not from this article, so nothing is highlighted.`));
    quote = null;
  } else if (claim && article === null && country !== null && claim.country !== country) {
    notices.push(notice(`That quote is about another country, so nothing is highlighted.`));
    quote = null;
  } else if (claim && article === null && country === null) {
    country = claim.country;
  }
  const tour = decodeTour(parsed.tour, context.tourSteps, notices);
  const report = decodeReport(parsed.report, context.reports, notices);
  const until = decodeUntil(parsed.until, context.reports, { measure, report }, notices);
  return { state: { view, country, article, quote, speaker, report, measure, until, tour }, notices };
}

/** Reads a location's search string and checks it: both steps at once, for content already at hand. */
export function decodeUrl(search: string, context: UrlContext): DecodedUrl {
  return checkUrl(parseUrl(search), context);
}

/** The search string for a view: readable parameters in a fixed order, defaults left out; "" for the overview. */
export function encodeUrl(state: UrlState): string {
  const out = new URLSearchParams();
  if (state.view !== 'map') out.set('view', state.view);
  if (state.country !== null) out.set('country', state.country);
  if (state.article !== null) out.set('article', state.article);
  if (state.quote !== null) out.set('quote', state.quote);
  if (state.speaker !== 'all') out.set('speaker', state.speaker);
  if (state.report !== null) out.set('report', state.report);
  if (state.measure !== 'articles') out.set('measure', state.measure);
  if (state.until !== null) out.set('until', state.until);
  if (state.tour !== null) out.set('tour', String(state.tour));
  const query = out.toString();
  return query ? `?${query}` : '';
}

/**
 * The address of a view, from the atlas's base: a country that has a page is on its page
 * (`country/<slug>/`), and the rest of the view stays in the search string.
 */
export function addressOf(state: UrlState, pages: Pick<CountryPages, 'slugOf'>, base: string): string {
  const slug = state.country === null ? undefined : pages.slugOf(state.country);
  if (slug === undefined) return `${base}${encodeUrl(state)}`;
  return `${base}country/${slug}/${encodeUrl({ ...state, country: null })}`;
}

/** How views and addresses map to each other, for an atlas served from `base` (such as "/" or "/atlas/"). */
export interface Addresses {
  read: (location: Pick<Location, 'pathname' | 'search'>) => ParsedUrl;
  /** The path and search string of a view. */
  write: (state: UrlState) => string;
}

export const addressesFor = (pages: Pick<CountryPages, 'slugOf'>, base: string): Addresses => ({
  read: ({ pathname, search }) => parseUrl(search, { pathname, base }),
  write: (state) => addressOf(state, pages, base),
});

/** Every field a link carries, in the order they are written. */
export const URL_FIELDS = ['view', 'country', 'article', 'quote', 'speaker', 'report', 'measure', 'until', 'tour'] as const satisfies readonly (keyof UrlState)[];

export function pickUrlState(state: UrlState): UrlState {
  const { view, country, article, quote, speaker, report, measure, until, tour } = state;
  return { view, country, article, quote, speaker, report, measure, until, tour };
}

/** The filters a view has set. */
export const filtersOf = ({ speaker, report }: Pick<UrlState, 'speaker' | 'report'>): Filters => ({ speaker, report });

/** A country's page, for a link to it: under the base, for a country that has one. */
export function countryPageOf(iso3: string, pages: Pick<CountryPages, 'slugOf'>, base: string): string | undefined {
  return pages.slugOf(iso3) === undefined ? undefined : countryAddress(iso3, pages, base);
}

/**
 * The address of a country's view, with one of its quotes highlighted if `quote` is given: its
 * own page from `base`, or made absolute against `from` (the address the atlas is open at), as
 * links that leave the atlas need.
 */
export function countryAddress(iso3: string, pages: Pick<CountryPages, 'slugOf'>, base: string, { quote = null, from }: { quote?: string | null; from?: string } = {}): string {
  const address = addressOf({ ...DEFAULT_URL_STATE, country: iso3, quote }, pages, base);
  return from === undefined ? address : new URL(address, from).href;
}
