import type { ContentIndex } from '../content/content-index.ts';
import { NO_FILTERS, type Filters } from '../content/filters.ts';
import { articleDateText, formatDate, formatDay } from '../content/labels.ts';
import { coverageLine, scopeOf } from './export-scope.ts';
import { addChangesSlides } from './slide-changes.ts';
import { addCountrySlide, addOverviewSlides, overviewPages, type DeckImage, type PageContext } from './slide-pages.ts';
import type { PageOf } from './slide-notes.ts';
import { splitQuotes } from './slide-quotes.ts';
import { INK, MUTED, SLIDE, TITLE } from './slide-text.ts';
import type { TourStep } from './tour-steps.ts';

export type { DeckImage };

export interface DeckInput {
  /** The content as the filters leave it. */
  index: ContentIndex;
  /** The filters the deck follows: the report chosen is named on its title and overview. */
  filters?: Filters;
  steps: readonly TourStep[];
  /**
   * The map of a country's slide, or for null the overview's, or the map coloured by which reports
   * name each country for what changed: drawn when the deck asks for it.
   */
  mapOf: (iso3: string | null, measure?: 'reports') => Promise<DeckImage>;
  made: Date;
  /** A country's atlas page, with one of its quotes highlighted when given. */
  pageOf: PageOf;
  /** The atlas's own address, where the overview map is. */
  atlasPage: string;
}

const W = SLIDE.width;

function sourceLines(index: ContentIndex): string[] {
  return [
    ...index.content.articles.map((a) => `${a.publisher}${a.headline ? `, “${a.headline}”` : ''}, ${articleDateText(a)}. ${a.url}`),
    ...index.content.reports.map((r) => `Report: ${r.publisher}, “${r.title}”, ${formatDate(r.published) ?? 'date not known'}${r.url ? `. ${r.url}` : ''}`),
  ];
}

/**
 * A slide deck for briefings, 16:9: a title; the overview map with the quotes that name several
 * countries; what changed between the reports, when there are several; one slide per named country
 * with its own map and its own quotes; the sources. Every slide's notes cite what it shows in full.
 */
export async function makeDeck({ index, filters = NO_FILTERS, steps, mapOf, made, pageOf, atlasPage }: DeckInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = 'Report Atlas briefing';
  const countries = steps.flatMap((s) => (s.kind === 'country' ? [s.iso3] : []));
  const quotes = splitQuotes(index, countries);
  // The overview follows the title.
  const coverage = coverageLine(scopeOf(index, filters));
  const context: PageContext = { pptx, index, quotes, overview: { pages: overviewPages(quotes), first: 2 }, pageOf, coverage };

  const title = pptx.addSlide();
  title.addText('Countries named as likely bases of North Korean cyber activity', { x: 0.7, y: 2.2, w: W - 1.4, h: 1.4, fontSize: 38, bold: true, color: INK });
  title.addText(`${coverage}, with the exact quotes behind every country.`, { x: 0.7, y: 3.7, w: W - 1.4, h: 0.9, fontSize: 18, color: MUTED, fit: 'shrink' });
  title.addText(`Briefing made on ${formatDay(made)} with Report Atlas`, { x: 0.7, y: 6.4, w: W - 1.4, h: 0.5, fontSize: 12, color: MUTED });
  title.addNotes(
    `Report Atlas briefing, made on ${formatDay(made)}: ${coverage}. Each slide’s notes cite its quotes in full: who said them, the outlet, headline, date and address of the article, and the atlas page that shows them.\nReport Atlas: ${atlasPage}`,
  );

  addOverviewSlides(context, await mapOf(null), countries.length, atlasPage);
  const changes = steps.find((s) => s.kind === 'changes');
  if (changes) addChangesSlides(pptx, changes.sentences, await mapOf(null, 'reports'), `${atlasPage}?measure=reports`);
  for (const iso3 of countries) addCountrySlide(context, iso3, await mapOf(iso3));

  const sources = pptx.addSlide();
  sources.addText('Sources', TITLE);
  const lines = sourceLines(index);
  sources.addText(
    lines.map((text) => ({ text, options: { fontSize: 14, bullet: true, breakLine: true } })),
    { x: 0.5, y: 1.2, w: W - 1, h: 5.8, valign: 'top', color: INK, fit: 'shrink' },
  );
  sources.addNotes(`The articles and reports the atlas rests on; each quote is cited in the notes of the slide that shows it.\n${lines.join('\n')}\nReport Atlas: ${atlasPage}`);

  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
