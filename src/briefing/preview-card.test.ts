import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleOf, claimOf, countryOf, reportOf } from '../content/test-support/builders.ts';
import { testContent } from '../content/test-support/content-fixture.ts';
import type { Content } from '../content/types.ts';
import { toLocatorShapes } from '../geo/locator.ts';
import { frameFor, makeMapGeometry } from '../geo/map-geometry.ts';
import fixture from '../geo/test-data/three-countries.json' with { type: 'json' };
import { toBorders, toFeatures, type CountriesTopology } from '../geo/topology.ts';
import { previewTextFor } from './link-preview.ts';
import { CARD_FONT } from './preview-card-parts.ts';
import { previewCardWith, type PreviewGeography } from './preview-model.ts';
import { ELLIPSIS } from './text-fit.ts';

// Three countries: AAA and BBB side by side under CCC, 10° squares near 0°N 0°E.
const topology = fixture as unknown as CountriesTopology;
const shapes = { countries: toFeatures(topology), borders: toBorders(topology) };
const geography: PreviewGeography = { world: makeMapGeometry(shapes, 960, 480), frame: frameFor(shapes, 960, 480), closeUps: toLocatorShapes(shapes.countries) };

const HOSTILE_NAME = `<script>"x"</script> & 'Y'`;
const HOSTILE_QUOTE = `</text><script>alert(1)</script> “Quoted” & 'more' <b>bold</b>`;
const LONG_QUOTE = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

function corpus(over: { name?: string; quote?: string } = {}): Content {
  const claim = (country: string, article: string, kind: 'operates-from' | 'context' = 'operates-from') => ({ ...claimOf(country, article, kind, { type: 'report', report: 'r' }) });
  const named = { ...claim('AAA', 'a'), quote: over.quote ?? 'They operate from here.' };
  return {
    articles: [articleOf('a', { publisher: 'The <Daily> & Co' }), articleOf('b', { publisher: 'Second Outlet' })],
    reports: [reportOf('r', 'Recorded Future')],
    countries: [countryOf('AAA', over.name ?? 'Aland'), countryOf('BBB', 'Beland'), countryOf('CCC', 'Celand')],
    claims: [named, claim('AAA', 'b'), claim('BBB', 'a'), claim('CCC', 'b', 'context')],
  };
}

function card(country: string | null, over: Parameters<typeof corpus>[0] = {}) {
  const { content } = testContent({ corpus: corpus(over), atHand: { whole: true } });
  const preview = previewTextFor(content, country);
  return { preview, svg: previewCardWith(content, country, preview, geography) };
}

const parse = (svg: string) => new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);

describe('the preview card of a country', () => {
  const { svg, preview } = card('AAA');

  it('is 1200 × 630, refers to nothing outside itself and names the font kept with the build', () => {
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).not.toMatch(/(?:href|src)=|url\((?!#)|<image|@import/);
    expect(svg).toContain(`font-family="&#39;${CARD_FONT}&#39;, Arial, Helvetica, sans-serif"`);
  });

  it('says whose card it is, how the country stands, the quote in curly marks with its outlet, and the sources', () => {
    expect(texts(svg)).toEqual([
      'REPORT ATLAS',
      'North Korean internet activity',
      'Aland',
      'Named by 2 of 2 articles',
      '“They operate from here.”',
      '— The <Daily> & Co',
      'Source: Recorded Future reports, as covered by The <Daily> & Co,',
      'Second Outlet.',
    ]);
    expect(preview.quote?.text).toBe('They operate from here.');
  });

  it('draws the close-up with the country outlined, and the world map ringing where it lies', () => {
    const doc = parse(svg);
    expect([...doc.querySelectorAll('#close-up path[data-iso3]')].map((p) => p.getAttribute('data-iso3'))).toEqual(['AAA', 'BBB', 'CCC']);
    expect(doc.querySelectorAll('#close-up-selection path')).toHaveLength(2);
    expect(doc.querySelectorAll('#world-selection path')).toHaveLength(2);
    expect(doc.querySelectorAll('#world-mark circle')).toHaveLength(2);
  });

  it('keeps hostile names and quotes as text: the words come back exactly, and no element is made of them', () => {
    const hostile = card('AAA', { name: HOSTILE_NAME, quote: HOSTILE_QUOTE }).svg;
    const doc = parse(hostile);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    const words = texts(hostile);
    // The name as large as it fits, over two lines; the quote over several.
    const name = [...doc.querySelectorAll('text')].filter((t) => Number(t.getAttribute('font-size')) >= 46).map((t) => t.textContent);
    expect(name.join(' ')).toBe(HOSTILE_NAME);
    expect(words.join(' ')).toContain(`“${HOSTILE_QUOTE}”`);
    expect(doc.querySelector('title')?.textContent).toBe(`${HOSTILE_NAME}: named by 2 of 2 articles`);
  });

  it('cuts a long quote at a word with “…” where its lines run out, the words before it exact', () => {
    const long = card('AAA', { quote: LONG_QUOTE.repeat(3) }).svg;
    const lines = [...parse(long).querySelectorAll('#quote text')].map((t) => t.textContent ?? '');
    const quoted = lines.slice(0, -1).join(' ');
    expect(quoted.startsWith('“')).toBe(true);
    expect(quoted.endsWith(`${ELLIPSIS}”`)).toBe(true);
    expect(LONG_QUOTE.repeat(3).startsWith(quoted.slice(1, -2))).toBe(true);
    expect(lines.at(-1)).toBe('— The <Daily> & Co');
  });

  it('sets a quote that opens with its own quotation mark without a second, the mark hanging all the same', () => {
    const own = '“They operate from here,” the report says.';
    const lines = [...parse(card('AAA', { quote: own }).svg).querySelectorAll('#quote text')];
    expect(lines.slice(0, -1).map((t) => t.textContent).join(' ')).toBe(own);
    expect(Number(lines[0]?.getAttribute('x'))).toBeLessThan(56);
  });

  it('rings a country too small to see in its own close-up', () => {
    const tiny = { type: 'Feature' as const, id: 'AAA', properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[5, 5], [5, 5.1], [5.1, 5.1], [5.1, 5], [5, 5]]] } };
    const { content } = testContent({ corpus: corpus(), atHand: { whole: true } });
    const closeUps = toLocatorShapes([tiny, ...shapes.countries.filter((f) => f.id !== 'AAA')]);
    const doc = parse(previewCardWith(content, 'AAA', previewTextFor(content, 'AAA'), { ...geography, closeUps }));
    expect(doc.querySelectorAll('#close-up-spots circle')).toHaveLength(2);
    expect(parse(svg).querySelector('#close-up-spots')).toBeNull();
  });

  it('sets a long name smaller, on two lines if need be', () => {
    const name = 'Saint Vincent and the Grenadines';
    const doc = parse(card('AAA', { name }).svg);
    const big = [...doc.querySelectorAll('text')].filter((t) => Number(t.getAttribute('font-size')) >= 46);
    expect(big.map((t) => t.textContent).join(' ')).toBe(name);
    expect(big).toHaveLength(2);
  });

  it('shows a country the close-ups do not have on the world map across the panel', () => {
    const { content } = testContent({ corpus: corpus(), atHand: { whole: true } });
    const svg = previewCardWith(content, 'AAA', previewTextFor(content, 'AAA'), { ...geography, closeUps: toLocatorShapes([]) });
    const doc = parse(svg);
    expect(doc.querySelector('#close-up')).toBeNull();
    expect(doc.querySelector('#world')?.getAttribute('transform')).toMatch(/^translate\(640 /);
  });
});

describe('the preview card of the overview', () => {
  const { svg } = card(null);

  it('gives the title, the figures, the world map and the legend of what it shows', () => {
    const doc = parse(svg);
    expect(texts(svg).slice(0, 4)).toEqual(['REPORT ATLAS', 'The countries named in reports on North Korean', 'internet activity', '2 countries named · 2 news articles · 1 report by Recorded Future']);
    expect(doc.querySelectorAll('#world path[data-iso3]')).toHaveLength(3);
    expect(doc.querySelector('#close-up')).toBeNull();
    expect([...doc.querySelectorAll('#legend text')].map((t) => t.textContent)).toEqual(['Named by 1 article', 'Named by 2 articles', 'Context only', 'Not named']);
  });

  it('keeps its structure', () => {
    const shape = svg
      .replace(/\d+(\.\d+)?/g, (x) => String(Math.round(Number(x))))
      .replace(/ d="[^"]*"/g, ' d="…"')
      .replace(/<defs>.*<\/defs>/, '<defs>…</defs>');
    expect(shape).toMatchSnapshot();
  });
});
