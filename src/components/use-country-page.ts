import { useMemo } from 'react';
import { countryPagesOf } from '../state/atlas-model.ts';
import { countryPageOf } from '../state/url.ts';
import { useContent } from './content-context.tsx';
import { usePlace } from './place-context.tsx';

/**
 * The address of a country's page, for the links that open it before the app runs (or without
 * JavaScript at all); once the app runs, it opens them in place.
 */
export function useCountryPage(): (iso3: string) => string | undefined {
  const content = useContent();
  // An embed page's countries link to their embed pages, so that the frame stays an embed.
  const base = usePlace().pages;
  return useMemo(() => {
    const pages = countryPagesOf(content);
    return (iso3) => countryPageOf(iso3, pages, base);
  }, [content, base]);
}

/** A click the browser should handle itself: to open the link in a new tab or window. */
export const opensElsewhere = (event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
