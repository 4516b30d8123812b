// Everything the briefing bar's downloads need, in one chunk that loads on the first download.
import { exportMap } from '../../briefing/export-model.ts';
import { blobToDataUrl, saveFile, svgToPng } from '../../briefing/save-file.ts';
import { countrySlideMap } from '../../briefing/slide-map.ts';
import { toClaimRows, toCsv, toJson } from '../../content/claim-rows.ts';
import { makeDeck } from '../../briefing/slides.ts';
import { tourStepsOf } from '../../briefing/tour-steps.ts';
import type { AtlasContent } from '../../content/atlas-content.ts';
import { keepsClaim, type Filters } from '../../content/filters.ts';
import type { WholeContent } from '../../content/whole-content.ts';
import { countryPagesOf } from '../../state/atlas-model.ts';
import { countryAddress } from '../../state/url.ts';

export { exportMap, saveFile, svgToPng };

/** The claims the filters keep, as the build's CSV or JSON download has every claim: the same columns, the same order. */
export function selectionData(whole: WholeContent, filters: Filters, format: 'csv' | 'json'): Blob {
  const rows = toClaimRows(whole.index, keepsClaim(filters));
  return format === 'csv' ? new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }) : new Blob([toJson(rows)], { type: 'application/json' });
}

/**
 * The briefing as a slide deck under the filters, its maps drawn at `pngScale`: the overview's,
 * the one coloured by report, and each country's with a close-up of its region; the notes name
 * the atlas's pages, from the address the deck is made at.
 */
export async function exportSlides(content: AtlasContent, whole: WholeContent, filters: Filters, pngScale: number, from: string): Promise<Blob> {
  const made = new Date();
  const base = import.meta.env.BASE_URL;
  const pages = countryPagesOf(content);
  const atlasPage = new URL(base, from).href;
  const pageOf = (iso3: string, quote?: string) => countryAddress(iso3, pages, base, { quote, from });
  // The close-ups are drawn from the detailed world, which loads with the first deck.
  const { ATLAS_GEOGRAPHY } = await import('../../briefing/preview-geography.ts');
  const mapOf = async (iso3: string | null, measure?: 'reports') => {
    const { svg, width, height } =
      iso3 === null
        ? exportMap(content, whole, { country: null, ...filters, ...(measure ? { report: null, measure } : { measure: 'articles' }) }, 1200, made, atlasPage)
        : countrySlideMap({ content, whole, iso3, geography: ATLAS_GEOGRAPHY, made, filters });
    return { png: await blobToDataUrl(await svgToPng(svg, width, height, pngScale)), aspect: width / height };
  };
  return makeDeck({ index: whole.for(filters), filters, steps: tourStepsOf(content, whole, filters), mapOf, made, pageOf, atlasPage });
}
