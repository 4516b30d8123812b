// Test helper: small content built field by field, for unit tests of anything that reads content.
import type { Article, Claim, CountryInfo, Report } from '../types.ts';

export const countryOf = (iso3: string, name = iso3): CountryInfo => ({ iso3, iso2: null, name, aliases: [], onMap: true });

export const articleOf = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  publisher: id,
  headline: null,
  url: `https://example.org/${id}`,
  published: null,
  reportsOn: ['r'],
  bodyStart: 0,
  bodyEnd: 100,
  ...over,
});

export const reportOf = (id = 'r', origin = 'R', over: Partial<Report> = {}): Report => ({ id, publisher: origin, origin, title: id, published: '2017-07-25', url: null, ...over });

let made = 0;

/** A claim with a fresh id (c1, c2, … in each test file), quote "quote N" and offsets N to N+1; its report is the speaker's, else `r`. */
export function claimOf(country: string, article: string, kind: Claim['kind'] = 'operates-from', speaker: Claim['speaker'] = { type: 'reporter' }, report?: string): Claim {
  made++;
  const fromSpeaker = speaker.type === 'report' ? speaker.report : speaker.citing;
  return { id: `c${made}`, country, article, kind, speaker, quote: `quote ${made}`, report: report ?? fromSpeaker ?? 'r', start: made, end: made + 1 };
}
