import { describe, expect, it } from 'vitest';
import { checkCompleteness, describeCompleteness } from './completeness.ts';
import type { Mention } from './types.ts';

const mention = (country: string, text: string, start = 0): Mention => ({ country, text, start, end: start + text.length, sentence: `In ${text}.`, sentenceStart: start - 3, sentenceEnd: start + text.length + 1 });
const articles = [{ article: 'a1', mentions: [mention('KEN', 'Kenya'), mention('PER', 'Peru', 10), mention('CHN', 'Chinese', 20)] }];
const claims = [{ article: 'a1', country: 'KEN' }];

describe('checking that every mention is covered', () => {
  it('reports a mention with no claim for its article and country', () => {
    const result = checkCompleteness(articles, [...claims, { article: 'a1', country: 'CHN' }], []);
    expect(result.uncovered).toEqual([{ article: 'a1', mention: mention('PER', 'Peru', 10) }]);
  });

  it('does not accept a claim for the same country in another article', () => {
    const result = checkCompleteness(articles, [...claims, { article: 'a2', country: 'PER' }, { article: 'a1', country: 'CHN' }], []);
    expect(result.uncovered.map((u) => u.mention.country)).toEqual(['PER']);
  });

  it('accepts a not-claim entry with the same article, country and text', () => {
    const notClaims = [
      { article: 'a1', country: 'PER', text: 'Peru', reason: 'r' },
      { article: 'a1', country: 'CHN', text: 'Chinese', reason: 'r' },
    ];
    expect(checkCompleteness(articles, claims, notClaims)).toEqual({ uncovered: [], stale: [] });
  });

  it('reports a not-claim entry that matches no mention as stale', () => {
    const stale = { article: 'a1', country: 'CHN', text: 'China', reason: 'r' };
    const result = checkCompleteness(articles, claims, [stale]);
    expect(result.stale).toEqual([stale]);
  });

  it('describes each gap with the article, the country, the text and the sentence', () => {
    const [line] = describeCompleteness(checkCompleteness(articles, [...claims, { article: 'a1', country: 'CHN' }], []));
    expect(line).toBe('article "a1": PER is named as "Peru" at 10–14 with no claim and no not-claim entry, in: In Peru.');
  });
});
