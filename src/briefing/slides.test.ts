import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { indexContent, type ContentIndex } from '../content/content-index.ts';
import { articleOf, claimOf, countryOf, reportOf } from '../content/test-support/builders.ts';
import type { Claim, Content } from '../content/types.ts';
import { twoEditionCorpus } from '../content/test-support/content-fixture.ts';
import { makeWholeContent } from '../content/whole-content.ts';
import { makeDeck, type DeckInput } from './slides.ts';
import { changesOf, makeTourSteps } from './tour-steps.ts';

const passage = (quote: string, article: string, countries: readonly string[], kind: Claim['kind'] = 'operates-from'): Claim[] => {
  const first = claimOf(countries[0] ?? '', article, kind);
  return countries.map((country, i) => ({ ...first, id: `${first.id}-${i}`, country, quote }));
};
const said = (country: string, article: string, quote: string, kind: Claim['kind'] = 'operates-from'): Claim => ({ ...claimOf(country, article, kind, { type: 'report', report: 'r' }), quote });

const LIST = 'These nations include Aland, Beland, Celand and Eland.';
/** Aland, Beland, Celand and Eland named; Deland context only. */
function corpus(extra: Claim[] = []): Content {
  return {
    articles: [articleOf('a', { publisher: 'Daily A', headline: 'A & <B>', published: '2018-05-07' }), articleOf('b', { publisher: 'Weekly B' })],
    reports: [reportOf('r', 'Recorded Future', { title: 'The report' })],
    countries: [countryOf('AAA', 'Aland'), countryOf('BBB', 'Beland'), countryOf('CCC', 'Celand'), countryOf('DDD', 'Deland'), countryOf('EEE', 'Eland')],
    claims: [
      ...passage(LIST, 'a', ['AAA', 'BBB', 'CCC', 'EEE']),
      said('AAA', 'b', 'Aland hosts the servers.'),
      said('BBB', 'a', 'Beland carries a tenth of the traffic.', 'activity-share'),
      ...passage('Aland and Deland signed a treaty.', 'b', ['AAA', 'DDD'], 'context'),
      ...extra,
    ],
  };
}

const pageOf = (iso3: string, quote?: string) => `https://atlas.test/country/${iso3.toLowerCase()}/${quote ? `?quote=${quote}` : ''}`;
const mapBytes = (iso3: string | null) => `map of ${iso3 ?? 'the world'}`;

interface Slide {
  title: string;
  text: string;
  notes: string;
  images: string[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1] ?? ''));

/** The deck as written, read back from its file: each slide's title, text, notes and images, and the slide size. */
async function readDeck(index: ContentIndex, over: Partial<DeckInput> = {}) {
  const mapOf = vi.fn(async (iso3: string | null, measure?: 'reports') => ({ png: `data:image/png;base64,${btoa(measure ? 'map by report' : mapBytes(iso3))}`, aspect: 2 }));
  const blob = await makeDeck({ index, steps: makeTourSteps(index), mapOf, made: new Date('2024-03-05T12:00:00Z'), pageOf, atlasPage: 'https://atlas.test/', ...over });
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const count = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: Slide[] = [];
  for (let n = 1; n <= count; n++) {
    const text = texts(await read(`ppt/slides/slide${n}.xml`));
    // The notes' own text, without the slide number under it.
    const notes = texts((await read(`ppt/notesSlides/notesSlide${n}.xml`)).split('type="body"')[1]?.split('type="sldNum"')[0] ?? '').join('');
    const targets = [...(await read(`ppt/slides/_rels/slide${n}.xml.rels`)).matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1] ?? '');
    slides.push({ title: text[0] ?? '', text: text.join('\n'), notes, images: await Promise.all(targets.map((t) => read(`ppt/media/${t}`))) });
  }
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(await read('ppt/presentation.xml'));
  return { slides, size: { cx: Number(size?.[1]), cy: Number(size?.[2]) }, mapOf };
}

const named = (index: ContentIndex) => index.mentioned.filter((s) => s.status === 'named');
const appears = (slide: Slide, quote: string) => slide.text.includes(`“${quote}”`);

describe('the slide deck', async () => {
  const index = indexContent(corpus());
  const { slides, size, mapOf } = await readDeck(index);
  const countrySlides = slides.filter((s) => named(index).some((c) => c.name === s.title));
  const overview = slides.filter((s) => s.title.includes('named as places of North Korean activity'));

  it('is laid out 16:9', () => {
    expect(size.cx / size.cy).toBeCloseTo(16 / 9, 3);
  });

  it('opens with a title and closes with the sources, the overview after the title', () => {
    expect(slides[0]?.title).toBe('Countries named as likely bases of North Korean cyber activity');
    expect(slides[1]).toBe(overview[0]);
    expect(slides.at(-1)?.title).toBe('Sources');
    expect(slides.at(-1)?.text).toContain('https://example.org/b');
  });

  it('gives every named country one slide of its own, with its own map', () => {
    expect(named(index).map((s) => s.iso3).toSorted()).toEqual(['AAA', 'BBB', 'CCC', 'EEE']);
    for (const { iso3, name } of named(index)) {
      const own = slides.filter((s) => s.title === name);
      expect(own, name).toHaveLength(1);
      expect(own[0]?.images, name).toEqual([mapBytes(iso3)]);
    }
    expect(slides.some((s) => s.title === 'Deland')).toBe(false);
    expect(mapOf).toHaveBeenCalledWith(null);
    expect(overview[0]?.images).toEqual([mapBytes(null)]);
  });

  it('shows a quote that names several countries once, on the overview, and never on a country’s slide', () => {
    expect(slides.filter((s) => appears(s, LIST))).toEqual([overview[0]]);
    expect(overview[0]?.text).toContain('Named as a likely base of North Korean activity · 4 countries');
  });

  it('repeats no quote across the country slides, and leaves none of a named country’s out', () => {
    for (const claim of index.content.claims) {
      const on = slides.filter((s) => appears(s, claim.quote));
      expect(countrySlides.filter((s) => on.includes(s)).length, claim.quote).toBeLessThanOrEqual(1);
      if (named(index).some((s) => s.iso3 === claim.country)) expect(on, claim.quote).toHaveLength(1);
    }
    expect(slides.find((s) => s.title === 'Celand')?.text).toContain('named only in quotes that name several countries at once: they are on the overview, slide 2.');
    expect(slides.find((s) => s.title === 'Aland')?.text).toContain('Also named in 1 quote on slide 2.');
  });

  it('gives every slide notes', () => {
    for (const [i, slide] of slides.entries()) expect(slide.notes.trim().length, `slide ${i + 1}`).toBeGreaterThan(40);
  });

  it('cites each quote in full in its slide’s notes: speaker, outlet, headline, date, address and the country’s atlas page', () => {
    const aland = slides.find((s) => s.title === 'Aland');
    expect(aland?.notes).toContain('“Aland hosts the servers.” — The report: Recorded Future, “The report” (25 July 2017). Weekly B, date not stated. https://example.org/b Via Report Atlas: https://atlas.test/country/aaa/?quote=');
    expect(aland?.notes).toContain('Every quote about Aland on Report Atlas: https://atlas.test/country/aaa/');
    expect(slides.find((s) => s.title === 'Beland')?.notes).toContain('Daily A, “A & <B>”, 7 May 2018. https://example.org/a');
    for (const iso3 of ['aaa', 'bbb', 'ccc', 'eee']) expect(overview[0]?.notes).toContain(`https://atlas.test/country/${iso3}/?quote=`);
    expect(overview[0]?.notes).toContain(`“${LIST}”`);
  });
});

describe('a country with more quotes than its slide holds', async () => {
  const many = Array.from({ length: 5 }, (_, i) => said('BBB', 'b', `Beland, quote ${i + 1}: ${'words '.repeat(40).trim()}.`, 'context'));
  const index = indexContent(corpus(many));
  const { slides } = await readDeck(index);
  const beland = slides.filter((s) => s.title.startsWith('Beland'));

  it('still has one slide, and cites the quotes that do not fit in its notes', () => {
    expect(beland).toHaveLength(1);
    const onSlide = many.filter((c) => appears(beland[0] as Slide, c.quote));
    expect(onSlide.length).toBeLessThan(many.length);
    expect(beland[0]?.text).toMatch(/\d more quotes? in the notes/);
    for (const c of many) expect(beland[0]?.notes, c.quote).toContain(`“${c.quote}”`);
  });
});

describe('a deck on two reports', async () => {
  const whole = makeWholeContent(twoEditionCorpus());
  const { slides } = await readDeck(whole.index);
  const changes = slides.filter((s) => s.title === 'What changed between the reports');

  it('has a slide on what changed, after the overview and before the countries, with the map coloured by report', () => {
    expect(slides.map((s) => s.title)).toEqual([
      'Countries named as likely bases of North Korean cyber activity',
      '2 countries named as places of North Korean activity',
      'What changed between the reports',
      'New Zealand',
      'Thailand',
      'Sources',
    ]);
    expect(changes[0]?.text).toContain('The April 2018 report names one country the July 2017 report did not: Thailand.');
    expect(changes[0]?.images).toEqual(['map by report']);
    expect(changes[0]?.notes).toContain('The map coloured by report on Report Atlas: https://atlas.test/?measure=reports');
  });

  it('names the report chosen on its title and overview, and still says what changed over both', async () => {
    const filters = { speaker: 'all', report: 'r' } as const;
    const index = whole.for(filters);
    const deck = await readDeck(index, { filters, steps: makeTourSteps(index, changesOf(index, whole.index)) });
    const titles = deck.slides.map((s) => s.title);
    expect(titles).not.toContain('Thailand');
    expect(deck.slides[0]?.text).toContain('Recorded Future’s July 2017 report, “The first”, as covered by 1 news article, with the exact quotes behind every country.');
    expect(deck.slides[1]?.text).toContain('Recorded Future’s July 2017 report, “The first”, as covered by 1 news article.');
    expect(deck.slides[0]?.notes).toContain('July 2017 report');
    expect(deck.slides.find((s) => s.title === 'What changed between the reports')?.text).toContain('did not: Thailand.');
  });
});

describe('a deck on one report', async () => {
  const { slides } = await readDeck(indexContent(corpus()));

  it('has no slide on what changed', () => {
    expect(slides.some((s) => s.title.startsWith('What changed'))).toBe(false);
  });
});
