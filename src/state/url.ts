import type { CountryLookup } from './country-lookup.ts';

/** The part of the view that a link carries. */
export interface UrlState {
  country: string | null;
}

/** A polite message about part of a link that was not understood, with countries it may have meant. */
export interface Notice {
  message: string;
  suggestions: string[];
}

export interface DecodedUrl {
  state: UrlState;
  notices: Notice[];
}

export const DEFAULT_URL_STATE: UrlState = { country: null };

const MAX_SHOWN = 40;
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function countryNotice(raw: string, lookup: CountryLookup): Notice {
  const suggestions = lookup.suggest(raw);
  const value = shown(raw.trim());
  const message =
    suggestions.length > 0
      ? `No country is called “${value}” exactly. Showing the whole map; did you mean one of these?`
      : `No country matches “${value}”. Showing the whole map instead.`;
  return { message, suggestions };
}

/** Reads a location's search string; never throws, whatever the string holds. */
export function decodeUrl(search: string, lookup: CountryLookup): DecodedUrl {
  const notices: Notice[] = [];
  const raw = params(search).get('country');
  let country: string | null = null;
  if (raw !== null && raw.trim() !== '') {
    country = lookup.resolve(raw);
    if (country === null) notices.push(countryNotice(raw, lookup));
  }
  return { state: { country }, notices };
}

/** The search string for a view: readable parameters, defaults left out; "" for the overview. */
export function encodeUrl(state: UrlState): string {
  const out = new URLSearchParams();
  if (state.country !== null) out.set('country', state.country);
  const query = out.toString();
  return query ? `?${query}` : '';
}
