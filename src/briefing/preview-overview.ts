// The overview's preview card: the title, the figures, the world map with its legend, the source line.
import { countOf } from '../content/plural.ts';
import { APP_TITLE } from '../state/atlas-model.ts';
import type { Choropleth } from '../state/choropleth.ts';
import { colour, paintFill } from './export-colours.ts';
import { PREVIEW_WIDTH as W } from './link-preview.ts';
import { KICKER_Y, kicker, PAD, SOURCE, SOURCE_FOOT, SOURCE_LEADING, sourceLines, sourceMarkup, SWATCH, text, worldMap, type PreviewCardInput } from './preview-card-parts.ts';
import { cutAtWord, wrapText } from './text-fit.ts';
import { textWidth } from './text-width.ts';

// The overview's map is at most this wide, leaving the rest of the card's width to its legend.
const MAX_OVERVIEW_MAP = 800;

/** The legend beside the overview's map: what each colour means, the classes no country is in left out. */
function legendMarkup(choropleth: Choropleth, x: number, top: number): string {
  const width = W - PAD - x - SWATCH - 12;
  const entries = choropleth.legend.filter((e) => e.count > 0 || e.key === 'none');
  const size = [20, 18, 16].find((n) => entries.every((e) => textWidth(e.label, { size: n }) <= width)) ?? 16;
  return entries
    .map((e, i) => {
      const y = top + 28 + i * 40;
      const label = cutAtWord(e.label, (s) => textWidth(s, { size }) <= width);
      return `<rect x="${x}" y="${y - 19}" width="${SWATCH}" height="${SWATCH}" rx="4" fill="${paintFill(e.fill)}" stroke="${colour('--map-swatch-line')}"/>${text(x + SWATCH + 12, y, { size }, label)}`;
    })
    .join('');
}

/** The overview's card: the title, the figures, the world map and its legend, the source line. */
export function overviewCard(input: PreviewCardInput): string {
  const { index, articleCount, reports, choropleth, world } = input;
  const named = index.mentioned.filter((s) => s.status === 'named').length;
  const origins = [...new Set(reports.map((r) => r.origin))].join(', ');
  const heading = input.preview.title.replace(`${APP_TITLE}: `, '');
  const headingStyle = { size: 42, bold: true };
  const headingLines = wrapText(heading.charAt(0).toUpperCase() + heading.slice(1), W - 2 * PAD, headingStyle, 2).lines;
  const figuresStyle = { size: 24 };
  const figures = `${countOf(named, 'country', 'countries')} named · ${countOf(articleCount, 'news article')} · ${countOf(reports.length, 'report')} by ${origins}`;
  const figuresY = KICKER_Y + 52 + headingLines.length * 50;
  const sources = sourceLines(input, W - 2 * PAD);
  // The map as large as the room between the figures and the source line allows, the legend beside it.
  const mapTop = figuresY + 24;
  const mapBottom = SOURCE_FOOT - (sources.length - 1) * SOURCE_LEADING - SOURCE.size - 16;
  const mapWidth = Math.min(MAX_OVERVIEW_MAP, ((mapBottom - mapTop) * world.width) / world.height);
  const mapX = PAD - 16;
  return [
    kicker(false),
    ...headingLines.map((line, i) => text(PAD, KICKER_Y + 52 + i * 50, headingStyle, line)),
    text(PAD, figuresY, figuresStyle, cutAtWord(figures, (s) => textWidth(s, figuresStyle) <= W - 2 * PAD), colour('--muted')),
    worldMap(input, mapX, mapTop, mapWidth),
    `<g id="legend">${legendMarkup(choropleth, mapX + mapWidth + 28, mapTop)}</g>`,
    sourceMarkup(sources),
  ].join('\n');
}

