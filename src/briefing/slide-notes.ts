// The speaker notes: what the presenter reads from, and where every quote on a slide is cited in
// full, with the atlas page that shows it among the country's other quotes.
import type { ContentIndex } from '../content/content-index.ts';
import type { Claim } from '../content/types.ts';
import { citationText } from './citation.ts';
import type { SharedQuote } from './slide-quotes.ts';

/** A country's atlas page, with one of its quotes highlighted when given. */
export type PageOf = (iso3: string, quote?: string) => string;

const numbered = (lines: readonly string[], from = 1) => lines.map((line, i) => `${from + i}. ${line}`);
const nameOf = (index: Pick<ContentIndex, 'countries'>, iso3: string) => index.countries.get(iso3)?.name ?? iso3;

export interface CountryNotesInput {
  iso3: string;
  /** What the articles say of the country, in a sentence or two. */
  lead: string;
  shown: readonly Claim[];
  /** The country's quotes that did not fit its slide. */
  rest: readonly Claim[];
  /** The quotes on the overview that also name it, in words, if any. */
  shared: string | null;
}

export function countryNotes({ iso3, lead, shown, rest, shared }: CountryNotesInput, index: ContentIndex, pageOf: PageOf): string {
  const name = nameOf(index, iso3);
  const cite = (c: Claim) => citationText(c, index, pageOf(iso3, c.id));
  return [
    `${name}. ${lead}`,
    `Every quote about ${name} on Report Atlas: ${pageOf(iso3)}`,
    ...(shown.length > 0 ? ['', 'Quotes on this slide:', ...numbered(shown.map(cite))] : []),
    ...(rest.length > 0 ? ['', `More quotes about ${name}, not on the slide:`, ...numbered(rest.map(cite), shown.length + 1)] : []),
    ...(shared ? ['', `${name} is also named in ${shared}.`] : []),
  ].join('\n');
}

/** The overview's notes: what the map shows, and each quote on the slide with the pages of the countries it names. */
export function overviewNotes(intro: string, quotes: readonly SharedQuote[], index: ContentIndex, pageOf: PageOf, atlasPage: string): string {
  const cited = quotes.map(({ claim, claims }) => {
    const names = claims.map((c) => `${nameOf(index, c.country)}: ${pageOf(c.country, c.id)}`);
    return [citationText(claim, index), ...names.map((n) => `   ${n}`)].join('\n');
  });
  return [
    intro,
    `The map on Report Atlas: ${atlasPage}`,
    ...(quotes.length > 0 ? ['', 'Quotes that name several countries, shown here once rather than on each country’s slide:', ...numbered(cited)] : []),
  ].join('\n');
}
