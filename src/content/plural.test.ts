import { describe, expect, it } from 'vitest';
import { countOf, pluralise } from './plural.ts';

describe('making words agree with a number', () => {
  it('uses the singular for exactly one and the plural for every other count, as English does', () => {
    expect([0, 1, 2, 21, 1.5].map((n) => pluralise(n, 'article'))).toEqual(['articles', 'article', 'articles', 'articles', 'articles']);
  });

  it('agrees with Intl.PluralRules for English on whole counts', () => {
    const rules = new Intl.PluralRules('en');
    for (const n of [0, 1, 2, 3, 11, 21, 101, 1000]) expect(pluralise(n, 'one', 'other'), String(n)).toBe(rules.select(n));
  });

  it('takes an irregular plural, and verbs, whose plural drops the s', () => {
    expect([countOf(1, 'country', 'countries'), countOf(4, 'country', 'countries')]).toEqual(['1 country', '4 countries']);
    expect([pluralise(1, 'names', 'name'), pluralise(2, 'names', 'name')]).toEqual(['names', 'name']);
  });

  it('writes the count before its noun', () => {
    expect([countOf(0, 'quote'), countOf(1, 'quote'), countOf(44, 'quote')]).toEqual(['0 quotes', '1 quote', '44 quotes']);
  });
});
