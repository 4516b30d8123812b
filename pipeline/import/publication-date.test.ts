import { describe, expect, it } from 'vitest';
import { publicationDay } from './publication-date.ts';

describe('the day a page was published', () => {
  it('is the date as the publication wrote it, in its own time zone, not in UTC', () => {
    // 07:15 in New Zealand on 7 May was still 6 May in UTC.
    expect(publicationDay('2018-05-07T07:15:00+12:00')).toBe('2018-05-07');
    // 23:30 in New York on 6 May was already 7 May in UTC.
    expect(publicationDay('2018-05-06T23:30:00-04:00')).toBe('2018-05-06');
    expect(publicationDay('2018-05-06T23:30:00Z')).toBe('2018-05-06');
    expect(publicationDay('2018-05-06 23:30')).toBe('2018-05-06');
  });

  it('takes a date with no time as written', () => {
    expect(publicationDay('2018-05-07')).toBe('2018-05-07');
    expect(publicationDay(' 2018-05-07 ')).toBe('2018-05-07');
  });

  it('is null for what is not an ISO date or not a real day', () => {
    expect(publicationDay('7 May 2018')).toBeNull();
    expect(publicationDay('2018-5-7')).toBeNull();
    expect(publicationDay('20180507')).toBeNull();
    expect(publicationDay('2018-02-30')).toBeNull();
    expect(publicationDay('2018-13-01T00:00:00Z')).toBeNull();
    expect(publicationDay('')).toBeNull();
  });
});
