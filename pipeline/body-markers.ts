// Where an article's body sits in its text: the one rule for the build and the extractor.
import type { Problem } from './problems.ts';

/** The `body` markers of an article in sources.json; null means the start or the end of the text. */
export interface BodyMarkers {
  after: string | null;
  before: string | null;
}

/** The body's UTF-16 offsets in the text, and what is wrong with the markers (nothing, when it is empty). */
export interface BodyFound {
  start: number;
  end: number;
  problems: Problem[];
}

// A marker must occur exactly once: a second occurrence means a longer one is needed to say which is meant.
function locate(text: string, marker: string): { at: number } | { error: string } {
  const at = text.indexOf(marker);
  if (at < 0) return { error: `marker ${JSON.stringify(marker)} is not in the text` };
  if (text.indexOf(marker, at + 1) >= 0) return { error: `marker ${JSON.stringify(marker)} occurs more than once` };
  return { at };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * The body of a listed article: after its `after` marker and before its `before` marker, trimmed of
 * white space. Problems name `file` (the sources file), the article and the field, as the build's do.
 */
export function findBody(text: string, article: { id: string; body: BodyMarkers }, file: string): BodyFound {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, id: article.id, field, message });
  const { after, before } = article.body;
  let start = 0;
  let end = text.length;
  if (after !== null) {
    const found = locate(text, after);
    if ('error' in found) problem('body.after', found.error);
    else start = found.at + after.length;
  }
  if (before !== null) {
    const found = locate(text, before);
    if ('error' in found) problem('body.before', found.error);
    else if (found.at < start) problem('body.before', 'the body would end before it starts');
    else end = found.at;
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) problem('body', 'the article body is empty');
  return { start, end, problems };
}
