// Everything the briefing bar's downloads need, in one chunk that loads on the first download.
import { exportMap } from '../../briefing/export-model.ts';
import { blobToDataUrl, saveFile, svgToPng } from '../../briefing/save-file.ts';
import { makeDeck } from '../../briefing/slides.ts';
import { tourStepsOf } from '../../briefing/tour-steps.ts';
import type { AtlasContent } from '../../content/atlas-content.ts';
import type { WholeContent } from '../../content/whole-content.ts';
import { countryPagesOf } from '../../state/atlas-model.ts';
import { countryAddress } from '../../state/url.ts';

export { exportMap, saveFile, svgToPng };

/** The briefing as a slide deck, its overview map drawn at `pngScale`; each country's slides name its page, from the address the deck is made at. */
export async function exportSlides(content: AtlasContent, whole: WholeContent, pngScale: number, from: string): Promise<Blob> {
  const made = new Date();
  const base = import.meta.env.BASE_URL;
  const pages = countryPagesOf(content);
  const overview = new URL(base, from).href;
  const { svg, width, height } = exportMap(content, whole, { country: null, speaker: 'all', measure: 'articles' }, 1200, made, overview);
  const mapPng = await blobToDataUrl(await svgToPng(svg, width, height, pngScale));
  const pageOf = (iso3: string) => countryAddress(iso3, pages, base, { from });
  return makeDeck({ index: whole.index, steps: tourStepsOf(content, whole), mapPng, mapAspect: width / height, made, pageOf });
}
