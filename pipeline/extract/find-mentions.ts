// Finds the countries a text names: whole words, case-sensitive, longest name first.
import { sentenceSpanAround, sentenceSpans } from './sentences.ts';
import type { Mention, NameEntry, Span } from './types.ts';

export interface NameMatcher {
  pattern: RegExp;
  countryOf: ReadonlyMap<string, string | null>;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter, digit or combining mark next to a name means it is part of a longer word ("Indiana", "Nigeria"). */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

export function compileNames(entries: readonly NameEntry[]): NameMatcher {
  const countryOf = new Map(entries.map((e) => [e.name, e.country]));
  // A regular expression tries alternatives in order, so longest first makes the longest name
  // win at each position ("Papua New Guinea" over "Guinea"); when a name fails the word check
  // ("Niger" in "Nigeria"), the next alternative is tried.
  const names = [...countryOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${names.map(escape).join('|')})(?!${WORD_CHAR})`, 'gu');
  return { pattern, countryOf };
}

/** Every country mention inside `body`, in text order, with offsets into the full `text`. */
export function findMentions(text: string, body: Span, matcher: NameMatcher): Mention[] {
  const sentences = sentenceSpans(text, body);
  const pattern = new RegExp(matcher.pattern);
  pattern.lastIndex = body.start;
  const mentions: Mention[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (span.end > body.end) break;
    const country = matcher.countryOf.get(m[0]);
    if (!country) continue;
    const sentence = sentenceSpanAround(text, sentences, span);
    mentions.push({ country, ...span, text: m[0], sentence: text.slice(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end });
  }
  return mentions;
}
