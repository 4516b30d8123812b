// Everything the briefing bar's downloads need, in one chunk that loads on the first download.
import { exportMap } from '../../briefing/export-model.ts';
import { blobToDataUrl, saveFile, svgToPng } from '../../briefing/save-file.ts';
import { makeDeck } from '../../briefing/slides.ts';
import { tourStepsOf } from '../../briefing/tour-steps.ts';
import type { AtlasContent } from '../../content/atlas-content.ts';
import type { WholeContent } from '../../content/whole-content.ts';

export { exportMap, saveFile, svgToPng };

/** The briefing as a slide deck, its overview map drawn at `pngScale`. */
export async function exportSlides(content: AtlasContent, whole: WholeContent, pngScale: number): Promise<Blob> {
  const made = new Date();
  const { svg, width, height } = exportMap(content, whole, { country: null, speaker: 'all', measure: 'articles' }, 1200, made);
  const mapPng = await blobToDataUrl(await svgToPng(svg, width, height, pngScale));
  return makeDeck({ index: whole.index, steps: tourStepsOf(content, whole), mapPng, mapAspect: width / height, made });
}
