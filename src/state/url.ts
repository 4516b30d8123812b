import type { CountryResolver } from './country-lookup.ts';

/** The part of the view that a link carries. */
export interface UrlState {
  country: string | null;
}

export interface DecodedUrl {
  state: UrlState;
  /** Polite messages for values that were not understood. */
  notices: string[];
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

/** Reads a location's search string; never throws, whatever the string holds. */
export function decodeUrl(search: string, resolveCountry: CountryResolver): DecodedUrl {
  const notices: string[] = [];
  const raw = params(search).get('country');
  let country: string | null = null;
  if (raw !== null && raw.trim() !== '') {
    country = resolveCountry(raw);
    if (country === null) notices.push(`No country matches “${shown(raw.trim())}”. Showing the whole map instead.`);
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
