// What a prerendered page carries besides its HTML, for the app to take it over from the same data
// that rendered it: the country it shows and that country's quotes, so that it answers at once.
import type { CountryQuotes } from './content/types.ts';

export interface PageData {
  country: string | null;
  quotes: CountryQuotes[];
}

export const PAGE_DATA_ID = 'atlas-page';

/**
 * The data as a JSON script element, which the browser never runs (so the page's policy allows it).
 * Every "<" is escaped, so that no text from the data can close the element or open a comment.
 */
export function pageDataElement(data: PageData): string {
  return `<script type="application/json" id="${PAGE_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** The page's data, or null for a page with none (the development server's). */
export function readPageData(doc: Document): PageData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageData;
  } catch {
    return null;
  }
}
