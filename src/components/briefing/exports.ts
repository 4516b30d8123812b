// Everything the briefing bar's downloads need, in one chunk that loads on the first download.
import { TOUR_STEPS } from '../../briefing/briefing-model.ts';
import { exportMap } from '../../briefing/export-model.ts';
import { blobToDataUrl, saveFile, svgToPng } from '../../briefing/save-file.ts';
import { makeDeck } from '../../briefing/slides.ts';
import { CONTENT_INDEX } from '../../content/content.ts';

export { exportMap, saveFile, svgToPng };

/** The briefing as a slide deck, its overview map drawn at `pngScale`. */
export async function exportSlides(pngScale: number): Promise<Blob> {
  const made = new Date();
  const { svg, width, height } = exportMap({ country: null, speaker: 'all', measure: 'articles' }, 1200, made);
  const mapPng = await blobToDataUrl(await svgToPng(svg, width, height, pngScale));
  return makeDeck({ index: CONTENT_INDEX, steps: TOUR_STEPS, mapPng, mapAspect: width / height, made });
}
