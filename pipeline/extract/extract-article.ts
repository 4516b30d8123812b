// One article's text in, its body's country mentions out.
import { bodyByTeaser, bodyFromMarkers, type BodyMarkers, type BodyResult } from './body-range.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import { compileNames, findMentions, type NameMatcher } from './find-mentions.ts';
import type { Mention } from './types.ts';

let matcher: NameMatcher | undefined;
const defaultMatcher = () => (matcher ??= compileNames(COUNTRY_NAMES));

export type ExtractResult = { ok: true; mentions: Mention[] } | { ok: false; error: string };

/** Mentions in the body: the one `markers` give when sources.json lists the text, else the text up to any teaser line. */
export function extractMentions(text: string, markers: BodyMarkers | null, names: NameMatcher = defaultMatcher()): ExtractResult {
  const found: BodyResult = markers ? bodyFromMarkers(text, markers) : { ok: true, body: bodyByTeaser(text) };
  if (!found.ok) return found;
  return { ok: true, mentions: findMentions(text, found.body, names) };
}
