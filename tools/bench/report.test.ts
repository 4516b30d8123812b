import { describe, expect, it } from 'vitest';
import { passOrFail, showRatio, showSpread, table } from './report.ts';

describe('the benchmark’s tables', () => {
  it('are markdown, padded into columns', () => {
    expect(table([
      ['Figure', 'Atlas'],
      ['Map drawn (ms)', '142 (93–205)'],
    ])).toBe(['| Figure         | Atlas        |', '| -------------- | ------------ |', '| Map drawn (ms) | 142 (93–205) |'].join('\n'));
  });

  it('keep a rule of at least three dashes under a narrow column, and fill missing cells', () => {
    expect(table([['A', 'B'], ['x']]).split('\n')).toEqual(['| A   | B   |', '| --- | --- |', '| x   |     |']);
  });

  it('show a median with its range, to three significant figures or whole above 100', () => {
    expect(showSpread({ median: 142.4, min: 93.25, max: 205, runs: 3 })).toBe('142 (93.3–205)');
    expect(showSpread({ median: 2.5, min: 2.456, max: 2.6, runs: 3 })).toBe('2.50 (2.46–2.60)');
  });

  it('show a ratio, or a dash for none, and a budget as PASS or FAIL', () => {
    expect(showRatio(0.5412)).toBe('0.54×');
    expect(showRatio(null)).toBe('–');
    expect(passOrFail({ name: 'x', target: '≤ 130', value: 122, met: true })).toBe('PASS');
    expect(passOrFail({ name: 'x', target: '≤ 130', value: 146, met: false })).toBe('FAIL');
  });
});
