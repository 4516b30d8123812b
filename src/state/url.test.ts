import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCountryLookup } from './country-lookup.ts';
import { makeCountryPages } from '../content/slug.ts';
import { addressOf, checkUrl, countryAddress, countryPageOf, decodeUrl, DEFAULT_URL_STATE, encodeUrl, MEASURES, namesIds, parseUrl, SPEAKER_FILTERS, VIEWS, type UrlContext, type UrlState } from './url.ts';

const countries = [
  { iso3: 'NZL', iso2: 'NZ', name: 'New Zealand', aliases: ['Aotearoa'], onMap: true },
  { iso3: 'THA', iso2: 'TH', name: 'Thailand', aliases: [], onMap: true },
  { iso3: 'CIV', iso2: 'CI', name: "Côte d'Ivoire", aliases: ['Ivory Coast'], onMap: true },
  { iso3: 'PRK', iso2: 'KP', name: 'North Korea', aliases: ['DPRK'], onMap: true },
  { iso3: 'KOR', iso2: 'KR', name: 'South Korea', aliases: ['Korea, Republic of'], onMap: true },
];
const pages = makeCountryPages(countries.slice(0, 3));
const context: UrlContext = {
  reports: ['rf-2017-07', 'rf-2018-04'],
  countries: makeCountryLookup(countries),
  claims: new Map([
    ['nzh-nations-nzl', { country: 'NZL', article: 'nzh' }],
    ['sb-restaurants-tha', { country: 'THA', article: 'sb' }],
  ]),
  articles: new Set(['nzh', 'sb']),
  tourSteps: 12,
  pages,
};
const decode = (search: string) => decodeUrl(search, context);
const state = (partial: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...partial });
const ok = (partial: Partial<UrlState>) => ({ state: state(partial), notices: [] });

describe('reading the view from a URL', () => {
  it('an empty search is the overview, with no notice', () => {
    expect(decode('')).toEqual(ok({}));
    expect(decode('?country=&quote=&article=')).toEqual(ok({}));
  });

  it.each([
    ['?country=NZL', 'NZL'],
    ['?country=nzl', 'NZL'],
    ['?country=nz', 'NZL'],
    ['?country=New+Zealand', 'NZL'],
    ['?country=new%20zealand', 'NZL'],
    ['?country=NEW-ZEALAND', 'NZL'],
    ['?country=aotearoa', 'NZL'],
    ['?country=cote%20d%E2%80%99ivoire', 'CIV'],
    ['?country=DPRK', 'PRK'],
    ['?country=%20THA%20', 'THA'],
  ])('%s selects %s', (search, iso3) => {
    expect(decode(search)).toEqual(ok({ country: iso3 }));
  });

  it('an unknown country shows the overview and a notice naming what was not found', () => {
    expect(decode('?country=nowhere')).toEqual({
      state: state({}),
      notices: [{ message: 'No country matches “nowhere”. Showing the whole map instead.', suggestions: [] }],
    });
  });

  it('a name that fits several countries suggests them', () => {
    expect(decode('?country=korea')).toEqual({
      state: state({}),
      notices: [{ message: 'No country is called “korea” exactly. Showing the whole map; did you mean one of these?', suggestions: ['PRK', 'KOR'] }],
    });
  });

  it('suggests only on whole words of three letters or more', () => {
    expect(decode('?country=kore').notices[0]?.suggestions).toEqual([]);
    expect(decode('?country=ea').notices[0]?.suggestions).toEqual([]);
    expect(decode('?country=zealand').notices[0]?.suggestions).toEqual(['NZL']);
  });

  it('a huge value is cut short in the notice', () => {
    const { notices } = decode(`?country=${'x'.repeat(5000)}`);
    expect(notices[0]!.message.length).toBeLessThan(120);
  });

  it('reads the view, the speaker filter and the measure, in any case', () => {
    expect(decode('?view=Sources&speaker=REPORT&measure=kind')).toEqual(ok({ view: 'sources', speaker: 'report', measure: 'kind' }));
  });

  it('an unknown view, speaker or measure falls back to the default with a notice', () => {
    const { state: s, notices } = decode('?view=globe&speaker=pundit&measure=gdp');
    expect(s).toEqual(state({}));
    expect(notices.map((n) => n.message)).toEqual([
      '“globe” is not a view; using map instead.',
      '“pundit” is not a speaker filter; using all instead.',
      '“gdp” is not a measure; using articles instead.',
    ]);
  });

  it('a quote of the selected country is highlighted', () => {
    expect(decode('?country=NZL&quote=nzh-nations-nzl')).toEqual(ok({ country: 'NZL', quote: 'nzh-nations-nzl' }));
  });

  it('a quote on its own opens its country', () => {
    expect(decode('?quote=sb-restaurants-tha')).toEqual(ok({ country: 'THA', quote: 'sb-restaurants-tha' }));
  });

  it('an article opens the reader, with a quote of that article highlighted', () => {
    expect(decode('?article=sb&quote=sb-restaurants-tha')).toEqual(ok({ article: 'sb', quote: 'sb-restaurants-tha' }));
  });

  it('unknown or mismatched ids are dropped with a notice', () => {
    expect(decode('?article=nope').notices[0]?.message).toBe('No article has the id “nope”.');
    expect(decode('?quote=nope').notices[0]?.message).toBe('No quote has the id “nope”.');
    expect(decode('?country=THA&quote=nzh-nations-nzl')).toMatchObject({ state: state({ country: 'THA' }), notices: [{ message: 'That quote is about another country, so nothing is highlighted.' }] });
    expect(decode('?article=nzh&quote=sb-restaurants-tha')).toMatchObject({ state: state({ article: 'nzh' }), notices: [{ message: 'That quote is not from this article, so nothing is highlighted.' }] });
  });

  it('never throws, and always yields a valid state, whatever the search string', () => {
    const search = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc.tuple(fc.constantFrom('country', 'quote', 'article', 'view', 'speaker', 'measure', 'tour', '__proto__'), fc.string()).map(([k, v]) => `?${k}=${v}`),
      fc.integer({ min: -5, max: 1e9 }).map((n) => `?tour=${n}`),
      fc.array(fc.tuple(fc.constantFrom('country', 'quote', 'article', 'view'), fc.string({ unit: 'binary', maxLength: 5000 })), { maxLength: 8 }).map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
      fc.constantFrom('?country=%', '?country=%E0%A4%A', '?__proto__=x&country=constructor', '?country=toString', '?country=NZL&country=THA', '?quote=__proto__&article=constructor'),
    );
    fc.assert(
      fc.property(search, (s) => {
        const { state: st, notices } = decode(s);
        expect(st.country === null || countries.some((c) => c.iso3 === st.country)).toBe(true);
        expect(st.article === null || context.articles.has(st.article)).toBe(true);
        expect(st.quote === null || context.claims.has(st.quote)).toBe(true);
        expect(VIEWS).toContain(st.view);
        expect(SPEAKER_FILTERS).toContain(st.speaker);
        expect(MEASURES).toContain(st.measure);
        expect(st.tour === null || (Number.isInteger(st.tour) && st.tour >= 1 && st.tour <= 12)).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every view: decode(encode(state)) is the state', () => {
    const consistent = fc.oneof(
      fc.record({ country: fc.option(fc.constantFrom(...countries.map((c) => c.iso3)), { nil: null }) }),
      fc.constant({ country: 'NZL', quote: 'nzh-nations-nzl' }),
      fc.constantFrom({ article: 'sb', quote: 'sb-restaurants-tha' }, { article: 'nzh', quote: null }, { article: 'nzh', country: 'THA' }),
    );
    const tour = fc.option(fc.integer({ min: 1, max: 12 }), { nil: null });
    const arbitrary = fc.tuple(consistent, fc.constantFrom(...VIEWS), fc.constantFrom(...SPEAKER_FILTERS), fc.constantFrom(...MEASURES), tour).map(([part, view, speaker, measure, step]) =>
      state({ ...part, view, speaker, measure, tour: step }),
    );
    fc.assert(
      fc.property(arbitrary, (s) => {
        expect(decode(encodeUrl(s))).toEqual({ state: s, notices: [] });
      }),
    );
  });

  it('reads the tour step, and refuses steps the tour does not have', () => {
    expect(decode('?tour=3')).toEqual(ok({ tour: 3 }));
    expect(decode('?tour=13')).toMatchObject({ state: state({}), notices: [{ message: 'The briefing has steps 1 to 12; there is no step “13”.' }] });
    expect(decode('?tour=0').state.tour).toBeNull();
    expect(decode('?tour=2.5').state.tour).toBeNull();
  });

  it('writes readable parameters in a fixed order and leaves defaults out', () => {
    expect(encodeUrl(DEFAULT_URL_STATE)).toBe('');
    expect(encodeUrl(state({ country: 'NZL' }))).toBe('?country=NZL');
    expect(encodeUrl(state({ measure: 'kind', speaker: 'report', country: 'MYS', quote: 'x', view: 'sources' }))).toBe('?view=sources&country=MYS&quote=x&speaker=report&measure=kind');
  });
});

describe('one report at a time', () => {
  it('reads and writes ?report= and ?measure=reports, and keeps both through a round trip', () => {
    const { state, notices } = decodeUrl('?report=RF-2017-07&measure=reports', context);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ report: 'rf-2017-07', measure: 'reports' });
    expect(encodeUrl(state)).toBe('?report=rf-2017-07&measure=reports');
  });

  it('says so when a link names no report the atlas has, and shows every report', () => {
    const { state, notices } = decodeUrl('?report=rf-1999-01', context);
    expect(state.report).toBeNull();
    expect(notices[0]?.message).toBe('No report has the id “rf-1999-01”; showing every report’s quotes.');
  });
});

describe('a step through the editions', () => {
  const editions: UrlContext = { ...context, reports: ['rf-2017-07', 'rf-2018-04', 'rf-2019-03'] };

  it('reads and writes ?until=, after the measure, and keeps it through a round trip', () => {
    const { state, notices } = decodeUrl('?until=RF-2017-07&measure=reports', editions);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ measure: 'reports', until: 'rf-2017-07' });
    expect(encodeUrl(state)).toBe('?measure=reports&until=rf-2017-07');
    expect(decodeUrl(encodeUrl(state), editions)).toEqual({ state, notices: [] });
  });

  it('says so when a link names no report the atlas has, and shows the latest edition', () => {
    const { state, notices } = decodeUrl('?measure=reports&until=rf-1999-01', editions);
    expect(state.until).toBeNull();
    expect(notices[0]?.message).toBe('No report has the id “rf-1999-01”; showing the latest edition.');
  });

  it('leaves the step out where nothing steps: the latest edition, another measure, one report, or too few editions', () => {
    for (const [search, reports] of [
      ['?measure=reports&until=rf-2019-03', editions],
      ['?measure=kind&until=rf-2017-07', editions],
      ['?measure=reports&report=rf-2018-04&until=rf-2017-07', editions],
      ['?measure=reports&until=rf-2017-07', context],
    ] as const) {
      const { state, notices } = decodeUrl(search, reports);
      expect(state.until, search).toBeNull();
      expect(notices, search).toEqual([]);
    }
  });
});

describe('reading a link in two steps', () => {
  it('first reads its structure alone, knowing nothing of the content', () => {
    expect(parseUrl('?view=globe&country=%20nz%20&quote=%20q1%20&tour=x')).toEqual({
      view: 'map',
      speaker: 'all',
      report: null,
      measure: 'articles',
      until: null,
      country: ' nz ',
      article: null,
      quote: 'q1',
      tour: 'x',
      page: null,
      notices: [{ message: '“globe” is not a view; using map instead.', suggestions: [] }],
    });
  });

  it('needs the quote and article ids only when the link names one', () => {
    expect(['?country=NZL&tour=2', '?quote=q1', '?article=a', '?quote='].map((s) => namesIds(parseUrl(s)))).toEqual([false, true, true, false]);
  });
});

describe('a view’s page address', () => {
  const read = (path: string, search = '', base = '/') => checkUrl(parseUrl(search, { pathname: path, base }), context);

  it('puts a country with a page on its page, under the base, and keeps the rest in the search string', () => {
    expect(addressOf(state({ country: 'NZL' }), pages, '/')).toBe('/country/new-zealand/');
    expect(addressOf(state({ country: 'CIV', view: 'table', quote: 'x' }), pages, '/atlas/')).toBe('/atlas/country/cote-d-ivoire/?view=table&quote=x');
    expect(addressOf(state({ view: 'sources' }), pages, '/atlas/')).toBe('/atlas/?view=sources');
    // A country no quote mentions has no page: its view stays a parameter of the overview.
    expect(addressOf(state({ country: 'PRK' }), pages, '/')).toBe('/?country=PRK');
  });

  it('gives a country’s page, or its quote on it, as a path or as a full address to share', () => {
    expect(countryAddress('NZL', pages, '/')).toBe('/country/new-zealand/');
    expect(countryAddress('THA', pages, '/atlas/', { quote: 'sb-restaurants-tha', from: 'https://atlas.example.org/atlas/?view=table' })).toBe(
      'https://atlas.example.org/atlas/country/thailand/?quote=sb-restaurants-tha',
    );
    expect(countryAddress('PRK', pages, '/', { from: 'http://127.0.0.1:4173/country/kenya/' })).toBe('http://127.0.0.1:4173/?country=PRK');
    expect(countryPageOf('NZL', pages, '/atlas/')).toBe('/atlas/country/new-zealand/');
    expect(countryPageOf('PRK', pages, '/')).toBeUndefined();
  });

  it('reads every address it writes back to the same view', () => {
    const views = [state({}), state({ country: 'NZL' }), state({ country: 'CIV', view: 'table', measure: 'kind' }), state({ country: 'PRK', tour: 3 }), state({ country: 'THA', quote: 'sb-restaurants-tha' })];
    for (const base of ['/', '/atlas/']) {
      for (const view of views) {
        const url = new URL(addressOf(view, pages, base), 'https://atlas.test');
        expect(read(url.pathname, url.search, base)).toEqual(ok(view));
      }
    }
  });

  it('reads a page address with or without its index.html, and a ?country= parameter before the page', () => {
    expect(read('/country/new-zealand/')).toEqual(ok({ country: 'NZL' }));
    expect(read('/country/new-zealand/index.html')).toEqual(ok({ country: 'NZL' }));
    expect(read('/country/new-zealand')).toEqual(ok({ country: 'NZL' }));
    expect(read('/atlas/country/thailand/', '?view=table', '/atlas/')).toEqual(ok({ country: 'THA', view: 'table' }));
    expect(read('/country/new-zealand/', '?country=THA')).toEqual(ok({ country: 'THA' }));
    expect(read('/index.html')).toEqual(ok({}));
  });

  it('says so, politely, for a page that does not exist, and shows the overview', () => {
    expect(read('/country/nowhere/')).toEqual({ state: state({}), notices: [{ message: 'No country has a page called “nowhere”. Showing the whole map instead.', suggestions: [] }] });
    expect(read('/maps/world')).toEqual({ state: state({}), notices: [{ message: 'The atlas has no page at “maps/world”. Showing the whole map instead.', suggestions: [] }] });
    expect(read('/country/%E0%A4%A/').notices).toHaveLength(1);
    // A page address for a country that has none still finds the country.
    expect(read('/country/north-korea/')).toEqual(ok({ country: 'PRK' }));
  });
});
