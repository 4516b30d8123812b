import { describe, expect, it } from 'vitest';
import { bodyByTeaser } from './body-range.ts';
import type { Span } from './types.ts';

const slice = (text: string, span: Span) => text.slice(span.start, span.end);

describe('finding the body of a text sources.json does not list', () => {
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
