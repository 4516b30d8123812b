// The overview's and the countries' slides: a map on the left, quotes on the right, the full
// citations in the notes.
import type PptxGenJS from 'pptxgenjs';
import type { ContentIndex } from '../content/content-index.ts';
import { countOf } from '../content/plural.ts';
import { primarySources, primarySourcesLine } from '../content/primary-sources.ts';
import { summaryLine } from '../content/labels.ts';
import { countryNotes, overviewNotes, type PageOf } from './slide-notes.ts';
import type { DeckQuotes, SharedQuote } from './slide-quotes.ts';
import { fitQuotes, INK, kindLabelled, MUTED, pageQuotes, quoteParagraphs, SLIDE, TITLE } from './slide-text.ts';

/** A map for a slide: a PNG data URL, and its width over height. */
export interface DeckImage {
  png: string;
  aspect: number;
}

export interface PageContext {
  pptx: PptxGenJS;
  index: ContentIndex;
  quotes: DeckQuotes;
  /** The overview's quotes slide by slide, and the number of its first slide. */
  overview: { pages: readonly (readonly SharedQuote[])[]; first: number };
  pageOf: PageOf;
  /** What the deck covers, in words: "Recorded Future’s reports as covered by 3 news articles". */
  coverage: string;
}

/** The overview's quotes in runs of slides, each as many as fit. */
export const overviewPages = (quotes: DeckQuotes) => pageQuotes(quotes.shared, (q) => q.claim.quote);

const MAP = { x: 0.5, y: 1.25, w: 6.5, h: 4.7 };
const QUOTES = { x: 7.3, y: 1.25, w: SLIDE.width - 7.8, h: 5.55 };
const FOOT = { x: 0.5, y: 6.95, w: SLIDE.width - 1, h: 0.35, fontSize: 11, color: MUTED };

/** The map at the left, as large as the column allows; then the text under it, down to the foot. */
export function addMap(slide: PptxGenJS.Slide, image: DeckImage, altText: string, under: string) {
  const w = Math.min(MAP.w, MAP.h * image.aspect);
  const h = w / image.aspect;
  slide.addImage({ data: image.png.replace(/^data:/, ''), x: MAP.x, y: MAP.y, w, h, altText });
  const top = MAP.y + h + 0.15;
  slide.addText(under, { x: MAP.x, y: top, w: MAP.w, h: FOOT.y - top - 0.05, fontSize: 13, color: MUTED, valign: 'top', fit: 'shrink' });
}

export const numberedTitle = (title: string, i: number, n: number) => (n > 1 ? `${title} (${i + 1} of ${n})` : title);

/** What a shared quote says, and of how many countries: the quote itself names them. */
function sharedLabel({ claims }: SharedQuote): string {
  const kinds = new Set(claims.map((c) => kindLabelled(c).label));
  const countries = countOf(claims.length, 'country', 'countries');
  return kinds.size === 1 ? `${[...kinds][0]} · ${countries}` : `Names ${countries}`;
}

/** "slide 2", "slides 2 and 3". */
const slidesLine = (numbers: readonly number[]) => (numbers.length === 1 ? `slide ${numbers[0]}` : `slides ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`);

/** The overview: the world map, and the quotes that name several countries, over as many slides as they need. */
export function addOverviewSlides({ pptx, index, overview, pageOf, coverage }: PageContext, map: DeckImage, countries: number, atlasPage: string): void {
  const title = `${countOf(countries, 'country', 'countries')} named as places of North Korean activity`;
  const intro = `${coverage}. Quotes that name several countries are shown here once; each country’s slide carries the quotes that name it alone.`;
  const { pages } = overview;
  (pages.length > 0 ? pages : [[]]).forEach((shared, i, all) => {
    const slide = pptx.addSlide();
    slide.addText(numberedTitle(title, i, all.length), TITLE);
    addMap(slide, map, 'World map of the countries named as places of North Korean activity, shaded by how many articles name them', intro);
    if (shared.length > 0) slide.addText(quoteParagraphs(shared.map((q) => ({ claim: q.claim, label: sharedLabel(q) })), index), { ...QUOTES, valign: 'top', fit: 'shrink' });
    slide.addNotes(overviewNotes(`${title}. ${intro}`, shared, index, pageOf, atlasPage));
  });
}

/** A country's one slide: its map, what the articles say of it, and its own quotes that fit; the rest are cited in the notes. */
export function addCountrySlide({ pptx, index, quotes, overview, pageOf }: PageContext, iso3: string, map: DeckImage): void {
  const summary = index.summaries.get(iso3);
  const name = summary?.name ?? iso3;
  const lead = summary ? [summaryLine(summary, index.content.articles.length), primarySourcesLine(primarySources(summary, index))].filter(Boolean).join(' ') : '';
  const own = quotes.own.get(iso3) ?? [];
  const naming = (page: readonly SharedQuote[]) => page.filter((q) => q.countries.includes(iso3)).length;
  const shared = overview.pages.reduce((n, page) => n + naming(page), 0);
  const where = slidesLine(overview.pages.flatMap((page, i) => (naming(page) > 0 ? [overview.first + i] : [])));
  const { shown, rest } = fitQuotes(own, (c) => c.quote);
  const slide = pptx.addSlide();
  slide.addText(name, TITLE);
  addMap(slide, map, `World map with ${name} outlined, and a close-up of its region`, lead);
  if (shown.length > 0) slide.addText(quoteParagraphs(shown.map(kindLabelled), index), { ...QUOTES, valign: 'top', fit: 'shrink' });
  else slide.addText(`${name} is named only in quotes that name several countries at once: they are on the overview, ${where}.`, { ...QUOTES, h: 1.2, fontSize: 18, color: INK, valign: 'top' });
  const foot = [
    rest.length > 0 ? `${countOf(rest.length, 'more quote')} in the notes.` : '',
    shown.length > 0 && shared > 0 ? `Also named in ${countOf(shared, 'quote')} on ${where}.` : '',
    `Every quote on Report Atlas: ${pageOf(iso3)}`,
  ];
  slide.addText(foot.filter(Boolean).join(' '), { ...FOOT, fit: 'shrink' });
  slide.addNotes(countryNotes({ iso3, lead, shown, rest, shared: shared > 0 ? `${countOf(shared, 'quote')} that name several countries at once, on the overview (${where})` : null }, index, pageOf));
}
