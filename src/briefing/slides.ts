import type { ContentIndex } from '../content/content-index.ts';
import { articleDateText, formatDate, formatDay, KIND_LABELS, speakerLabel, summaryLine } from '../content/labels.ts';
import { primarySources, primarySourcesLine } from '../content/primary-sources.ts';
import type { Claim } from '../content/types.ts';
import { colour } from './export-colours.ts';
import type { TourStep } from './tour-steps.ts';

export interface DeckInput {
  index: ContentIndex;
  steps: readonly TourStep[];
  /** The overview map as a PNG data URL, and its width over height. */
  mapPng: string;
  mapAspect: number;
  made: Date;
  /** The atlas page of a country, named on its slides. */
  pageOf?: (iso3: string) => string;
}

const W = 13.333;
// The deck takes the light scheme's colours, written as pptxgenjs wants them: RRGGBB, no #.
const slideColour = (token: string) => colour(token).replace('#', '').toUpperCase();
const INK = slideColour('--ink');
const MUTED = slideColour('--muted');
const ACCENT = slideColour('--accent');
// Two quotes a slide keeps the type large enough to read in a room.
const QUOTES_PER_SLIDE = 2;
const TITLE = { x: 0.5, y: 0.3, w: W - 1, h: 0.8, fontSize: 30, bold: true, color: INK } as const;

const chunk = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

function quoteParagraphs(claims: readonly Claim[], index: ContentIndex) {
  return claims.flatMap((c) => {
    const article = index.articles.get(c.article);
    const source = article ? `${article.publisher}${article.headline ? `, “${article.headline}”` : ''}, ${articleDateText(article)}` : '';
    return [
      { text: `${KIND_LABELS[c.kind]}`, options: { fontSize: 10, color: MUTED, bold: true, breakLine: true } },
      { text: `“${c.quote}”`, options: { fontSize: 20, color: INK, breakLine: true } },
      { text: `${speakerLabel(c.speaker, index.reports)} · ${source} · `, options: { fontSize: 12, color: MUTED } },
      { text: article?.url ?? '', options: { fontSize: 12, color: ACCENT, hyperlink: { url: article?.url ?? '' }, breakLine: true } },
      { text: ' ', options: { fontSize: 8, breakLine: true } },
    ];
  });
}

/** A slide deck for briefings: title, overview map, each named country with its quotes and citations, sources. */
export async function makeDeck({ index, steps, mapPng, mapAspect, made, pageOf }: DeckInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = 'Report Atlas briefing';
  const countrySteps = steps.filter((s): s is Extract<TourStep, { kind: 'country' }> => s.kind === 'country');

  const title = pptx.addSlide();
  title.addText('Countries named as likely bases of North Korean cyber activity', { x: 0.7, y: 2.2, w: W - 1.4, h: 1.4, fontSize: 38, bold: true, color: INK });
  title.addText(`Recorded Future’s reports as covered by ${index.content.articles.length} news articles, with the exact quotes behind every country.`, { x: 0.7, y: 3.7, w: W - 1.4, h: 0.9, fontSize: 18, color: MUTED });
  title.addText(`Briefing made on ${formatDay(made)} with Report Atlas`, { x: 0.7, y: 6.4, w: W - 1.4, h: 0.5, fontSize: 12, color: MUTED });

  const overview = pptx.addSlide();
  overview.addText(`${countrySteps.length} countries named as places of North Korean activity`, TITLE);
  const mapW = Math.min(W - 1, 5.9 * mapAspect);
  overview.addImage({ data: mapPng.replace(/^data:/, ''), x: (W - mapW) / 2, y: 1.2, w: mapW, h: mapW / mapAspect });

  for (const step of countrySteps) {
    const summary = index.summaries.get(step.iso3);
    if (!summary) continue;
    const pages = chunk(index.claimsByCountry.get(step.iso3) ?? [], QUOTES_PER_SLIDE);
    pages.forEach((claims, i) => {
      const slide = pptx.addSlide();
      slide.addText(pages.length > 1 ? `${step.name} (${i + 1} of ${pages.length})` : step.name, TITLE);
      const lead = [summaryLine(summary, index.content.articles.length), primarySourcesLine(primarySources(summary, index))].filter(Boolean).join(' ');
      slide.addText(lead, { x: 0.5, y: 1.1, w: W - 1, h: 0.7, fontSize: 14, color: MUTED });
      slide.addText(quoteParagraphs(claims, index), { x: 0.5, y: 1.9, w: W - 1, h: pageOf ? 4.95 : 5.3, valign: 'top', fit: 'shrink' });
      if (pageOf) slide.addText(`Every quote on Report Atlas: ${pageOf(step.iso3)}`, { x: 0.5, y: 6.9, w: W - 1, h: 0.35, fontSize: 11, color: MUTED });
    });
  }

  const sources = pptx.addSlide();
  sources.addText('Sources', TITLE);
  const lines = [
    ...index.content.articles.map((a) => ({ text: `${a.publisher}${a.headline ? `, “${a.headline}”` : ''}, ${articleDateText(a)}. ${a.url}`, options: { fontSize: 14, bullet: true, breakLine: true } })),
    ...index.content.reports.map((r) => ({ text: `Report: ${r.publisher}, “${r.title}”, ${formatDate(r.published) ?? 'date not known'}${r.url ? `. ${r.url}` : ''}`, options: { fontSize: 14, bullet: true, breakLine: true } })),
  ];
  sources.addText(lines, { x: 0.5, y: 1.2, w: W - 1, h: 5.8, valign: 'top', color: INK });

  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
