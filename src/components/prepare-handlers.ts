import type { FocusEvent, PointerEvent } from 'react';
import type { QuotesLoader } from '../content/country-quotes.ts';
import { prepareCountry, prepareWhenResting } from '../state/prepare.ts';

/**
 * For a button that opens a country: its quotes load as the pointer or focus arrives, and its
 * panel is drawn ahead once they rest there, or as soon as it is pressed.
 */
export function preparingHandlers(quotes: QuotesLoader, iso3: string) {
  return {
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      const button = event.currentTarget;
      quotes.prefetch(iso3);
      prepareWhenResting(quotes, iso3, () => button.matches(':hover'));
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const button = event.currentTarget;
      quotes.prefetch(iso3);
      prepareWhenResting(quotes, iso3, () => document.activeElement === button);
    },
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.isPrimary && event.button === 0) prepareCountry(quotes, iso3);
    },
  };
}
