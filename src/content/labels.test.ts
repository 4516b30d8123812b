import { describe, expect, it } from 'vitest';
import type { CountrySummary } from './content-index.ts';
import { speakersInSentence, standingLine, STATUS_TITLES, tooltipLine } from './labels.ts';

const summaryOf = (over: Partial<CountrySummary>): CountrySummary => ({
  iso3: 'KEN',
  name: 'Kenya',
  status: 'named',
  namingCount: 1,
  quotingCount: 1,
  quoteCount: 1,
  contextCount: 0,
  activityKinds: ['operates-from'],
  reports: [],
  ...over,
});

describe('the atlas’s vocabulary', () => {
  it('names whose quotes the filter keeps inside a sentence, as the panel, table and exports write it', () => {
    expect((['all', 'report', 'official', 'reporter'] as const).map(speakersInSentence)).toEqual(['everyone', 'the reports', 'officials', 'reporters']);
  });

  it('sums a country up in a tooltip with the same status words as the legend, each count agreeing with its noun', () => {
    expect(tooltipLine(summaryOf({}))).toBe('Named by 1 article · 1 quote');
    expect(tooltipLine(summaryOf({ namingCount: 3, quoteCount: 5, contextCount: 1 }))).toBe('Named by 3 articles · 4 quotes; 1 more gives context');
    expect(tooltipLine(summaryOf({ status: 'subject', quoteCount: 2 }))).toBe('The subject of the reports · 2 quotes');
    expect(tooltipLine(summaryOf({ status: 'context', quoteCount: 2, contextCount: 2 }))).toBe(`${STATUS_TITLES.context} · 2 quotes`);
    expect(tooltipLine(summaryOf({ status: 'none' }))).toBe(STATUS_TITLES.none);
  });

  it('gives a country’s standing out of all the articles, saying so when it is context only or not named', () => {
    expect(standingLine(summaryOf({ namingCount: 3 }), 3)).toBe('Named by 3 of 3 articles');
    expect(standingLine(summaryOf({}), 1)).toBe('Named by 1 of 1 article');
    expect(standingLine(summaryOf({ status: 'subject', quotingCount: 2 }), 3)).toBe('The subject of 2 of 3 articles');
    expect(standingLine(summaryOf({ status: 'context', quotingCount: 1 }), 3)).toBe('Mentioned only as context in 1 of 3 articles');
    expect(standingLine(summaryOf({ status: 'none' }), 3)).toBe('Not named in any of the 3 articles');
  });
});
