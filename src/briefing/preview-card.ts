// The image of a link preview, as SVG: for a country, its name, standing and strongest quote beside
// a close-up of its region, with a small world map ringing where that is; for the overview, the
// world map with its legend (preview-overview.ts). Drawn large enough to read when a chat shows it
// some 500 pixels wide.
import { standingLine } from '../content/labels.ts';
import { colour, paintFill, patternDefs } from './export-colours.ts';
import { PREVIEW_HEIGHT as H, PREVIEW_WIDTH as W, quoteMarks, type PreviewText } from './link-preview.ts';
import { escapeXml } from './map-svg.ts';
import { CARD_FONTS, closeUpMarkup, KICKER_Y, kicker, PAD, SOURCE_FOOT, SOURCE_LEADING, sourceLines, sourceMarkup, SWATCH, text, worldMap, type PreviewCardInput } from './preview-card-parts.ts';
import { overviewCard } from './preview-overview.ts';
import { cutAtWord, wrapText } from './text-fit.ts';
import { textWidth, type TextStyle } from './text-width.ts';

// The country card: text on the left, the close-up bleeding off the right edge.
const MAP_X = 640;
const TEXT_WIDTH = MAP_X - 2 * PAD + 8;
const NAME_SIZES = [64, 58, 52, 46];
const STANDING = { size: 26 };
// The largest that fits whole, else the smallest, cut at a word.
const QUOTE_SIZES = [36, 32, 29];
const OUTLET = { size: 22, bold: true };
// The close-up is the picture: drawn this much larger than its own units, its lines and fill
// patterns are heavy enough to read when a chat shows the card small.
const CLOSE_UP_SCALE = 2.5;
/** The close-up's size in its own units, which fills the card right of the text, and a pixel of the card in them. */
export const CLOSE_UP_SIZE = { width: (W - MAP_X) / CLOSE_UP_SCALE, height: H / CLOSE_UP_SCALE, pixel: 1 / CLOSE_UP_SCALE };
const INSET_WIDTH = 236;
const INSET_MARGIN = 20;
// Rings around a country too small to see in its own close-up.
const SPOT_RADIUS = 14;

/** The largest size at which the name fits one line, else two lines at the smallest, cut if need be. */
function nameLines(name: string): { lines: string[]; style: TextStyle } {
  for (const size of NAME_SIZES) {
    const style = { size, bold: true };
    if (textWidth(name, style) <= TEXT_WIDTH) return { lines: [name], style };
  }
  const style = { size: NAME_SIZES[NAME_SIZES.length - 1] as number, bold: true };
  return { lines: wrapText(name, TEXT_WIDTH, style, 2).lines, style };
}

/** The quote in the room between `top` and `bottom`, its opening mark hanging in the margin so that the words line up with the name. */
function quoteMarkup(quote: NonNullable<PreviewText['quote']>, top: number, bottom: number): string {
  const [open, close] = quoteMarks(quote.text);
  const layouts = QUOTE_SIZES.map((size) => {
    const leading = Math.round(size * 1.3);
    const maxLines = Math.max(1, Math.floor((bottom - OUTLET.size - 20 - top) / leading) + 1);
    return { style: { size }, leading, ...wrapText(quote.text, TEXT_WIDTH, { size }, maxLines, close) };
  });
  const { style, leading, lines } = layouts.find((l) => !l.cut) ?? (layouts[layouts.length - 1] as (typeof layouts)[number]);
  // The opening mark hangs in the margin, whether it is the card's or the quote's own.
  const hang = open || (quote.text[0] ?? '');
  const parts = lines.map((line, i) => {
    const x = i === 0 ? PAD - textWidth(hang, style) : PAD;
    return text(x, top + i * leading, style, `${i === 0 ? open : ''}${line}${i === lines.length - 1 ? close : ''}`);
  });
  const outlet = cutAtWord(`— ${quote.outlet}`, (s) => textWidth(s, OUTLET) <= TEXT_WIDTH);
  parts.push(text(PAD, top + (lines.length - 1) * leading + OUTLET.size + 20, OUTLET, outlet, colour('--muted')));
  return `<g id="quote">${parts.join('')}</g>`;
}

function countryText(input: PreviewCardInput, iso3: string, bottom: number): string {
  const summary = input.index.summaries.get(iso3);
  const { lines, style } = nameLines(input.preview.name ?? iso3);
  const parts = [kicker(true)];
  let y = KICKER_Y + style.size * 1.1;
  for (const line of lines) {
    parts.push(text(PAD, y, style, line));
    y += style.size * 1.08;
  }
  y += 10;
  if (summary) {
    const standing = cutAtWord(standingLine(summary, input.articleCount), (s) => textWidth(s, STANDING) <= TEXT_WIDTH - SWATCH - 14);
    const fill = paintFill(input.choropleth.fillOf(summary));
    parts.push(`<rect x="${PAD}" y="${y - SWATCH + 3}" width="${SWATCH}" height="${SWATCH}" rx="4" fill="${fill}" stroke="${colour('--map-swatch-line')}"/>`);
    parts.push(text(PAD + SWATCH + 14, y, STANDING, standing, colour('--muted')));
  }
  if (input.preview.quote) parts.push(quoteMarkup(input.preview.quote, y + 78, bottom));
  return parts.join('');
}

function countryCard(input: PreviewCardInput, iso3: string): string {
  const { locator, index, choropleth, world } = input;
  const sources = sourceLines(input, TEXT_WIDTH);
  const panel = `<rect x="${MAP_X}" width="${W - MAP_X}" height="${H}" fill="${colour('--map-ocean')}"/>`;
  const divider = `<line x1="${MAP_X}" y1="0" x2="${MAP_X}" y2="${H}" stroke="${colour('--line')}"/>`;
  const textPart = countryText(input, iso3, SOURCE_FOOT - sources.length * SOURCE_LEADING - 20);
  // A country the detailed world does not have is shown on the world map alone, across the panel.
  if (!locator) {
    const height = ((W - MAP_X) * world.height) / world.width;
    return [panel, worldMap(input, MAP_X, (H - height) / 2, W - MAP_X), divider, textPart, sourceMarkup(sources)].join('\n');
  }
  const unit = (px: number) => px / CLOSE_UP_SCALE;
  const closeUp = closeUpMarkup({ locator, index, choropleth, iso3 }, { x: MAP_X, y: 0, scale: CLOSE_UP_SCALE }, (n) => n, unit, SPOT_RADIUS);
  const insetX = W - INSET_MARGIN - INSET_WIDTH;
  const insetHeight = (INSET_WIDTH * world.height) / world.width;
  const insetY = H - INSET_MARGIN - insetHeight;
  // The ring of a country at the map's edge would spill out of the inset; it is cut at the frame.
  const frame = `x="${insetX - 6}" y="${insetY - 6}" width="${INSET_WIDTH + 12}" height="${insetHeight + 12}" rx="6"`;
  const inset = `<g id="inset"><clipPath id="inset-frame"><rect ${frame}/></clipPath><rect ${frame} fill="${colour('--paper')}" stroke="${colour('--line')}"/><g clip-path="url(#inset-frame)">${worldMap(input, insetX, insetY, INSET_WIDTH)}</g></g>`;
  return [panel, closeUp, divider, inset, textPart, sourceMarkup(sources)].join('\n');
}

/** The preview image of a country's page, or of the overview: a 1200 × 630 SVG that refers to nothing outside itself. */
export function makePreviewCard(input: PreviewCardInput): string {
  const body = input.country === null ? overviewCard(input) : countryCard(input, input.country);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(CARD_FONTS)}" role="img" aria-labelledby="card-title card-desc">`,
    `<title id="card-title">${escapeXml(input.preview.title)}</title>`,
    `<desc id="card-desc">${escapeXml(input.preview.imageAlt)}</desc>`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${W}" height="${H}" fill="${colour('--paper')}"/>`,
    body,
    '</svg>',
  ].join('\n');
}
