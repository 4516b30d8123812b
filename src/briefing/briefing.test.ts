import { describe, expect, it } from 'vitest';
import { indexContent } from '../content/content-index.ts';
import { articleOf, claimOf, countryOf, reportOf } from '../content/test-support/builders.ts';
import type { Claim, Content } from '../content/types.ts';
import { makeMapGeometry } from '../geo/map-geometry.ts';
import fixture from '../geo/test-data/three-countries.json' with { type: 'json' };
import { toBorders, toFeatures, type CountriesTopology } from '../geo/topology.ts';
import { makeChoropleth } from '../state/choropleth.ts';
import { citationText } from './citation.ts';
import { makeMapSvg } from './map-svg.ts';
import { makeTourSteps, passageSharing, strongestClaim } from './tour-steps.ts';

const claim = (country: string, article: string, speaker: Claim['speaker'], kind: Claim['kind'] = 'operates-from') => claimOf(country, article, kind, speaker);
const content: Content = {
  articles: ['a', 'b'].map((id) => articleOf(id, { publisher: `Pub ${id}`, headline: id === 'a' ? 'A <headline>' : null, published: '2018-05-07' })),
  reports: [reportOf('r', 'Recorded Future', { title: 'T', published: '2018-04-25' })],
  countries: ['AAA', 'BBB', 'CCC'].map((iso3) => countryOf(iso3, `Land ${iso3}`)),
  claims: [
    claim('AAA', 'a', { type: 'reporter' }),
    claim('AAA', 'b', { type: 'report', report: 'r' }),
    claim('AAA', 'b', { type: 'official', name: 'N', role: 'R' }, 'context'),
    claim('BBB', 'a', { type: 'reporter', citing: 'r' }),
  ],
};
const index = indexContent(content);

describe('the briefing models', () => {
  it('the tour runs overview, named countries most-cited first, then sources', () => {
    expect(makeTourSteps(index).map((s) => (s.kind === 'country' ? s.iso3 : s.kind))).toEqual(['overview', 'AAA', 'BBB', 'sources']);
  });

  it('a country’s strongest quote is the report’s own words over a reporter’s, and never context', () => {
    expect(strongestClaim(index.claimsByCountry.get('AAA') ?? [])?.speaker).toEqual({ type: 'report', report: 'r' });
    expect(strongestClaim([claim('CCC', 'a', { type: 'official', name: 'N', role: 'R' }, 'context')])).toBeUndefined();
  });

  it('a quote about the country alone comes before a list it shares, however strong the list’s speaker', () => {
    const list = claim('AAA', 'a', { type: 'report', report: 'r' });
    const alone = claim('AAA', 'b', { type: 'reporter' });
    const claims = [list, { ...list, id: 'list-bbb', country: 'BBB' }, alone];
    expect(passageSharing(claims)(list)).toBe(2);
    expect(strongestClaim([list, alone], passageSharing(claims))).toBe(alone);
    expect(strongestClaim([list, alone])).toBe(list);
  });

  it('the strongest quote of other kinds is chosen by the same rule when asked for', () => {
    const reporter = claim('CCC', 'a', { type: 'reporter' }, 'context');
    const report = claim('CCC', 'b', { type: 'report', report: 'r' }, 'context');
    expect(strongestClaim([reporter, report], undefined, ['context'])).toBe(report);
  });

  it('a citation is one line: quote, speaker, publisher, headline, date and URL', () => {
    const c = index.claimsByCountry.get('BBB')?.[0];
    expect(c && citationText(c, index)).toBe(
      '“quote 4” — The reporter, citing Recorded Future, “T” (25 April 2018). Pub a, “A <headline>”, 7 May 2018. https://example.org/a',
    );
    expect(c && citationText(c, index, 'https://atlas.test/country/b/?quote=x')).toMatch(/https:\/\/example\.org\/a Via Report Atlas: https:\/\/atlas\.test\/country\/b\/\?quote=x$/);
  });
});

describe('the exported map SVG', () => {
  const topology = fixture as unknown as CountriesTopology;
  const geometry = makeMapGeometry({ countries: toFeatures(topology), borders: toBorders(topology) }, 600, 300);
  const svg = makeMapSvg({
    geometry,
    index,
    choropleth: makeChoropleth(index.summaries.values(), 2, () => true),
    selected: 'BBB',
    title: 'Title <script>alert(1)</script> & more',
    subtitle: 'Sub',
    source: 'Source: “R” & co.',
  });

  it('escapes every text it carries', () => {
    expect(svg.svg).toContain('Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(svg.svg).not.toContain('<script');
  });

  it('refers to nothing outside itself and declares its fonts', () => {
    expect(svg.svg).not.toMatch(/(?:href|src)=|url\((?!#)|<image|@import/);
    expect(svg.svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it('keeps its structure: readable ids, one path per country, the selection, the legend', () => {
    const shape = svg.svg
      .replace(/\d+(\.\d+)?/g, (x) => String(Math.round(Number(x))))
      .replace(/ d="[^"]*"/g, ' d="…"')
      .replace(/<defs>.*<\/defs>/, '<defs>…</defs>');
    expect(shape).toMatchSnapshot();
  });
});
