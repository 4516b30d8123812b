// Where an article's body sits in its text, leaving out page furniture.
import type { Span } from './types.ts';

/** The `body` markers of an article in sources.json; null means the start or the end of the text. */
export interface BodyMarkers {
  after: string | null;
  before: string | null;
}

export type BodyResult = { ok: true; body: Span } | { ok: false; error: string };

/** Lines that start a site's list of teasers for other stories: everything from them on is furniture. */
const TEASER_LINE = /^[ \t]*(?:You Might Also Read:|Related articles|Related Stories|Read more:|More from\b)/imu;
const STORY_IMAGE_LINE = /^\s*Story image[ \t]*(?:\r?\n|$)/u;

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** The body between the first `after` and the first `before`, trimmed of white space. */
export function bodyFromMarkers(text: string, markers: BodyMarkers): BodyResult {
  let start = 0;
  let end = text.length;
  if (markers.after !== null) {
    const at = text.indexOf(markers.after);
    if (at < 0) return { ok: false, error: `the body marker ${JSON.stringify(markers.after)} is not in the text` };
    start = at + markers.after.length;
  }
  if (markers.before !== null) {
    const at = text.indexOf(markers.before);
    if (at < 0) return { ok: false, error: `the body marker ${JSON.stringify(markers.before)} is not in the text` };
    if (at < start) return { ok: false, error: `the body marker ${JSON.stringify(markers.before)} comes before the body starts` };
    end = at;
  }
  return { ok: true, body: trim(text, start, end) };
}

/** For a text sources.json does not list: drop a leading "Story image" line and everything from a teaser line on. */
export function bodyByTeaser(text: string): Span {
  const image = STORY_IMAGE_LINE.exec(text);
  const start = image ? image[0].length : 0;
  const teaser = TEASER_LINE.exec(text.slice(start));
  return trim(text, start, teaser ? start + teaser.index : text.length);
}
