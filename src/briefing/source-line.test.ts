import { describe, expect, it } from 'vitest';
import { coveredBy, outletsCovering } from './source-line.ts';

describe('the source line', () => {
  it('names each organisation behind the reports once, and every outlet', () => {
    expect(coveredBy(['Recorded Future', 'Recorded Future'], ['NZ Herald', 'SecurityBrief'])).toBe('Recorded Future reports, as covered by NZ Herald, SecurityBrief');
  });

  it('counts the outlets that do not fit rather than cutting a name in half', () => {
    const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
    const phrase = coveredBy(['R'], outlets, (p) => p.length <= 80);
    expect(phrase).toBe('R reports, as covered by Outlet 1, Outlet 2, Outlet 3 and 37 more outlets');
    expect(coveredBy(['R'], outlets, () => false)).toBe('R reports, as covered by 40 outlets');
  });

  it('names one report by its edition before the outlets that covered it', () => {
    expect(outletsCovering('Recorded Future’s July 2017 report', ['NZ Herald', 'Cyber Security Intelligence'])).toBe(
      'Recorded Future’s July 2017 report, as covered by NZ Herald, Cyber Security Intelligence',
    );
    const outlets = ['Alpha Daily', 'Beta Weekly', 'Gamma Post'];
    expect(outletsCovering('R’s July 2017 report', outlets, (p) => p.length <= 70)).toBe('R’s July 2017 report, as covered by Alpha Daily and 2 more outlets');
  });
});
