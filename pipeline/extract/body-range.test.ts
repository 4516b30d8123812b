import { describe, expect, it } from 'vitest';
import { bodyByTeaser, bodyFromMarkers } from './body-range.ts';
import type { Span } from './types.ts';

const slice = (text: string, span: Span) => text.slice(span.start, span.end);

describe('finding the article body', () => {
  it('uses the text between the first "after" and the first "before" marker, trimmed', () => {
    const text = 'Story image\n\nThe body.\n\nTeasers\nMore teasers';
    const result = bodyFromMarkers(text, { after: 'Story image', before: 'Teasers' });
    expect(result.ok && slice(text, result.body)).toBe('The body.');
  });

  it('reads null markers as the start and the end of the text', () => {
    const text = '  Whole text.\n';
    const result = bodyFromMarkers(text, { after: null, before: null });
    expect(result.ok && slice(text, result.body)).toBe('Whole text.');
  });

  it('reports a marker that is not in the text', () => {
    expect(bodyFromMarkers('Body.', { after: null, before: 'Related' })).toEqual({ ok: false, error: 'the body marker "Related" is not in the text' });
  });

  it.each(['You Might Also Read:', 'Related articles', 'Related Stories', 'Read more:', 'More from'])(
    'leaves out everything from a "%s" line on when sources.json does not list the text',
    (marker) => {
      const text = `The body about Kenya.\n${marker} Peru\nChile\n`;
      expect(slice(text, bodyByTeaser(text))).toBe('The body about Kenya.');
    },
  );

  it('only counts a teaser marker at the start of a line', () => {
    const text = 'He said: Read more: nothing.';
    expect(slice(text, bodyByTeaser(text))).toBe(text);
  });

  it('leaves out a leading "Story image" line', () => {
    const text = 'Story image\n\nHeadline\nBody.';
    expect(slice(text, bodyByTeaser(text))).toBe('Headline\nBody.');
  });
});
