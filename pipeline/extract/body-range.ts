// Where the body of a text sources.json does not list sits, leaving out page furniture; a listed
// article's body is where its markers say (pipeline/body-markers.ts).
import type { Span } from './types.ts';

/** Lines that start a site's list of teasers for other stories: everything from them on is furniture. */
const TEASER_LINE = /^[ \t]*(?:You Might Also Read:|Related articles|Related Stories|Read more:|More from\b)/imu;
const STORY_IMAGE_LINE = /^\s*Story image[ \t]*(?:\r?\n|$)/u;

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** For a text sources.json does not list: drop a leading "Story image" line and everything from a teaser line on. */
export function bodyByTeaser(text: string): Span {
  const image = STORY_IMAGE_LINE.exec(text);
  const start = image ? image[0].length : 0;
  const teaser = TEASER_LINE.exec(text.slice(start));
  return trim(text, start, teaser ? start + teaser.index : text.length);
}
