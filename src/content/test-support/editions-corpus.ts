// Test helper: a corpus with several editions, for stepping through them.
import type { Content, Report } from '../types.ts';
import { articleOf, claimOf, countryOf, reportOf } from './builders.ts';

/** Four editions by two firms, oldest first. */
export const EDITIONS: Report[] = [
  reportOf('gf-2017-07', 'Greyfield', { published: '2017-07-25' }),
  reportOf('gf-2018-04', 'Greyfield', { published: '2018-04-25' }),
  reportOf('md-2019-03', 'Meridian', { published: '2019-03-11' }),
  reportOf('gf-2019-10', 'Greyfield', { published: '2019-10-08' }),
];
const by = (report: string) => ({ type: 'report', report }) as const;

/**
 * Four editions: New Zealand named by every one, Malaysia by the first only, Kenya by the second
 * and fourth, Thailand first by the third; North Korea the subject, Australia context only.
 */
export function editionsCorpus(): Content {
  return {
    articles: [articleOf('a', { reportsOn: EDITIONS.map((r) => r.id), published: '2019-11-01' })],
    reports: EDITIONS,
    countries: ['NZL', 'MYS', 'KEN', 'THA', 'PRK', 'AUS', 'FRA'].map((iso3) => countryOf(iso3)),
    claims: [
      ...EDITIONS.map(({ id }) => claimOf('NZL', 'a', 'operates-from', by(id))),
      claimOf('MYS', 'a', 'hosts-fronts', by('gf-2017-07')),
      claimOf('KEN', 'a', 'operates-from', by('gf-2018-04')),
      claimOf('KEN', 'a', 'operates-from', by('gf-2019-10')),
      claimOf('THA', 'a', 'activity-share', by('md-2019-03')),
      claimOf('PRK', 'a', 'subject', by('gf-2017-07')),
      claimOf('AUS', 'a', 'context', by('gf-2017-07')),
    ],
  };
}
