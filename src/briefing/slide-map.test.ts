import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleOf, claimOf, countryOf, reportOf } from '../content/test-support/builders.ts';
import { testContent } from '../content/test-support/content-fixture.ts';
import type { Content } from '../content/types.ts';
import { makeWholeContent } from '../content/whole-content.ts';
import { toLocatorShapes } from '../geo/locator.ts';
import { frameFor, makeMapGeometry } from '../geo/map-geometry.ts';
import fixture from '../geo/test-data/three-countries.json' with { type: 'json' };
import { toBorders, toFeatures, type CountriesTopology } from '../geo/topology.ts';
import type { PreviewGeography } from './preview-model.ts';
import { countrySlideMap } from './slide-map.ts';

// Three countries: AAA and BBB side by side under CCC, 10° squares near 0°N 0°E.
const topology = fixture as unknown as CountriesTopology;
const shapes = { countries: toFeatures(topology), borders: toBorders(topology) };
const geography: PreviewGeography = { world: makeMapGeometry(shapes, 960, 480), frame: frameFor(shapes, 960, 480), closeUps: toLocatorShapes(shapes.countries) };

const corpus: Content = {
  articles: [articleOf('a')],
  reports: [reportOf('r', 'Recorded Future')],
  countries: [countryOf('AAA', 'Aland'), countryOf('BBB', 'Beland'), countryOf('CCC', 'Celand')],
  claims: [claimOf('AAA', 'a'), claimOf('BBB', 'a'), claimOf('CCC', 'a', 'context')],
};
const { content } = testContent({ corpus, atHand: { whole: true } });
const whole = makeWholeContent(corpus);
const made = new Date('2024-03-05T12:00:00Z');

const parse = (svg: string) => new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
const countriesIn = (doc: ReturnType<typeof parse>, selector: string) => [...doc.querySelectorAll(`${selector} path[data-iso3]`)].map((p) => p.getAttribute('data-iso3'));

describe('the map of a country’s slide', () => {
  const map = countrySlideMap({ content, whole, iso3: 'BBB', geography, made });
  const doc = parse(map.svg);

  it('is the exported world map with the country outlined, titled and sourced for it', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(countriesIn(doc, '#countries')).toEqual(['AAA', 'BBB', 'CCC']);
    expect([...doc.querySelectorAll('#selection path')].map((p) => p.getAttribute('d'))).toEqual(Array(2).fill(doc.querySelector('#countries [data-iso3="BBB"]')?.getAttribute('d')));
    expect(doc.querySelector('title')?.textContent).toBe('Beland: as named in reports on North Korean cyber activity');
    expect(doc.querySelector('#source')?.textContent).toBe('Source: Recorded Future reports, as covered by a. Made with Report Atlas on 5 March 2024.');
    expect(map.svg).not.toMatch(/(?:href|src)=|url\((?!#)|<image|@import/);
  });

  it('rings the country on the world map and shows its region in an inset close-up, the country outlined there too', () => {
    expect(doc.querySelectorAll('#world-mark circle')).toHaveLength(2);
    expect(countriesIn(doc, '#inset #close-up')).toEqual(['AAA', 'BBB', 'CCC']);
    expect(doc.querySelectorAll('#inset #close-up-selection path')).toHaveLength(2);
  });

  it('puts the inset in the map’s lower left corner, inside the map', () => {
    const at = /translate\(([\d.]+) ([\d.]+)\)/.exec(doc.querySelector('#close-up')?.getAttribute('transform') ?? '');
    const [x, y] = [Number(at?.[1]), Number(at?.[2])];
    expect(x).toBeLessThan(geography.world.width / 4);
    expect(y).toBeGreaterThan(geography.world.height / 2);
    expect(y).toBeLessThan(geography.world.height);
  });

  it('draws no inset for a country the close-ups do not have, and still outlines it', () => {
    const without = { ...geography, closeUps: toLocatorShapes(shapes.countries.filter((f) => f.id !== 'BBB')) };
    const other = parse(countrySlideMap({ content, whole, iso3: 'BBB', geography: without, made }).svg);
    expect(other.querySelector('#inset')).toBeNull();
    expect(other.querySelectorAll('#selection path')).toHaveLength(2);
  });
});
