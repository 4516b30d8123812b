// Link-preview images as PNG, drawn from their SVG at build time. Only the fonts kept beside this
// file are used, never the machine's, so that every machine draws the same image.
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const fontFile = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

/** The family the preview cards name (CARD_FONT in src/briefing/preview-card.ts, which the build's config cannot import). */
export const PREVIEW_FONT_FAMILY = 'Liberation Sans';
/** Its regular and bold faces. */
export const PREVIEW_FONTS = [fontFile('LiberationSans-Regular.ttf'), fontFile('LiberationSans-Bold.ttf')];

/** Every preview image is this size, whatever size the SVG says. */
export const PNG_WIDTH = 1200;
export const PNG_HEIGHT = 630;

/** The PNG of a preview card's SVG, 1200 × 630. */
export function renderPreviewPng(svg: string): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    // Any other family, generic or named, falls back to the kept font.
    font: { fontFiles: PREVIEW_FONTS, loadSystemFonts: false, defaultFontFamily: PREVIEW_FONT_FAMILY, sansSerifFamily: PREVIEW_FONT_FAMILY, serifFamily: PREVIEW_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render();
  if (image.width !== PNG_WIDTH || image.height !== PNG_HEIGHT) {
    throw new Error(`A preview image must be ${PNG_WIDTH} × ${PNG_HEIGHT}; this SVG draws ${image.width} × ${image.height}.`);
  }
  return image.asPng();
}
