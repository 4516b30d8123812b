import { describe, expect, it } from 'vitest';
import { runOf } from './lighthouse.ts';

type Report = Parameters<typeof runOf>[0];

const report = (over: Partial<Report> = {}): Report =>
  ({
    lighthouseVersion: '12.2.3',
    categories: { performance: { score: 0.956 } },
    audits: {
      'first-contentful-paint': { numericValue: 812.4 },
      'largest-contentful-paint': { numericValue: 1210 },
      'total-blocking-time': { numericValue: 130 },
      'cumulative-layout-shift': { numericValue: 0.004 },
      'speed-index': { numericValue: 1400 },
    },
    runWarnings: [],
    environment: { benchmarkIndex: 1500 },
    ...over,
  }) as unknown as Report;

describe('reading a Lighthouse report', () => {
  it('gives the score out of 100 and each metric in its unit', () => {
    expect(runOf(report())).toEqual({
      score: 96,
      fcpMs: 812.4,
      lcpMs: 1210,
      tbtMs: 130,
      cls: 0.004,
      speedIndexMs: 1400,
      benchmarkIndex: 1500,
      warnings: [],
      lighthouseVersion: '12.2.3',
    });
  });

  it('has no score and says why when Lighthouse could not measure the page', () => {
    const run = runOf(report({ categories: { performance: { score: null } }, runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } } as unknown as Partial<Report>));
    expect(run.score).toBeNull();
    expect(run.warnings).toEqual(['NO_FCP: The page did not paint']);
  });

  it('reads a metric it was not given as not a number', () => {
    expect(runOf(report({ audits: {} })).lcpMs).toBeNaN();
  });
});
