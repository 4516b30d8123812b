import { describe, expect, it } from 'vitest';
import { viewCitation } from './view-citation.ts';

describe('viewCitation', () => {
  const accessed = new Date('2026-12-01T23:30:00Z');

  it('names the open country, the articles, the address and the day', () => {
    expect(viewCitation({ country: 'New Zealand', articleCount: 3, origins: ['Recorded Future'], url: 'https://atlas.example/country/new-zealand/', accessed })).toBe(
      'Report Atlas, “New Zealand”, from 3 news articles on Recorded Future’s reports. https://atlas.example/country/new-zealand/ (accessed 1 December 2026).',
    );
  });

  it('describes the overview when no country is open, and counts one article as one', () => {
    const text = viewCitation({ country: null, articleCount: 1, origins: [], url: 'https://atlas.example/', accessed });
    expect(text).toContain('“The countries named as likely bases of North Korea’s cyber activity”');
    expect(text).toContain('from 1 news article.');
    expect(text).not.toContain('reports');
  });
});
