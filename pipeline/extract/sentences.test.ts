import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences.ts';

const sentencesOf = (text: string) => sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitting text into sentences', () => {
  it('splits at . ! ? followed by white space', () => {
    expect(sentencesOf('One. Two! Three? Four')).toEqual(['One.', 'Two!', 'Three?', 'Four']);
  });

  it('splits at every line break, even without a full stop', () => {
    expect(sentencesOf('A headline\nThe body.')).toEqual(['A headline', 'The body.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(sentencesOf('“It is good.” He said so.')).toEqual(['“It is good.”', 'He said so.']);
  });

  it('does not split after U.S., U.K. or e.g.', () => {
    expect(sentencesOf('The U.S. and the U.K. government, e.g. this one, agreed.')).toEqual(['The U.S. and the U.K. government, e.g. this one, agreed.']);
  });

  it('does not split after titles and initials: Mr. Brownlee, J. Smith', () => {
    expect(sentencesOf('Mr. Brownlee met J. Smith. Then left.')).toEqual(['Mr. Brownlee met J. Smith.', 'Then left.']);
  });

  it('does not split inside numbers', () => {
    expect(sentencesOf('It rose 3.5 per cent. Then fell.')).toEqual(['It rose 3.5 per cent.', 'Then fell.']);
  });

  it('stays within the range it is given', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const range = { start: text.indexOf('Inside'), end: text.indexOf(' After') };
    expect(sentenceSpans(text, range).map((s) => text.slice(s.start, s.end))).toEqual(['Inside one.', 'Inside two.']);
  });
});
