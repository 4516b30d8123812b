// One article's text in, its body's country mentions out.
import { findBody } from '../body-markers.ts';
import { bodyByTeaser } from './body-range.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import { compileNames, findMentions, type NameMatcher } from './find-mentions.ts';
import { problemLines } from '../problems.ts';
import type { ListedArticle } from './listed-articles.ts';
import type { Mention, Span } from './types.ts';

let matcher: NameMatcher | undefined;
const defaultMatcher = () => (matcher ??= compileNames(COUNTRY_NAMES));

export type ExtractResult = { ok: true; mentions: Mention[] } | { ok: false; error: string };

/** The article as sources.json lists it: enough to find its body. */
export type Listing = Pick<ListedArticle, 'id' | 'body' | 'sourcesFile'>;

/**
 * Mentions in the body: the one its markers give when sources.json lists the text, by the build's
 * rule and with the build's message when they do not fit; else the text up to any teaser line.
 */
export function extractMentions(text: string, listing: Listing | null, names: NameMatcher = defaultMatcher()): ExtractResult {
  let body: Span = bodyByTeaser(text);
  if (listing) {
    const found = findBody(text, listing, listing.sourcesFile);
    if (found.problems.length > 0) return { ok: false, error: problemLines(found.problems) };
    body = found;
  }
  return { ok: true, mentions: findMentions(text, body, names) };
}
