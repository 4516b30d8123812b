// Getting a country ready before it is opened: its quotes are loaded and its panel drawn, hidden,
// so that the click only has to show it.
import type { QuotesLoader } from '../content/country-quotes.ts';
import { atlasStore } from './store.ts';
import { uiStore } from './ui-store.ts';

type Quotes = Pick<QuotesLoader, 'load'>;

/** A pointer or keyboard focus that stays on a country this long is likely to open it. */
export const REST_MS = 120;
let resting: ReturnType<typeof setTimeout> | undefined;

/** Loads the country's quotes now and, once they are in and `stillWanted()`, draws its panel ahead; never fails. */
export function prepareCountry(quotes: Quotes, iso3: string, stillWanted: () => boolean = () => true): void {
  quotes.load(iso3).then(
    () => {
      if (stillWanted() && atlasStore.getState().country !== iso3) uiStore.getState().setPrepared(iso3);
    },
    () => undefined,
  );
}

/** Prepares the country once attention has rested on it for REST_MS, if `stillThere()` then. */
export function prepareWhenResting(quotes: Quotes, iso3: string, stillThere: () => boolean): void {
  clearTimeout(resting);
  resting = setTimeout(() => {
    if (stillThere()) prepareCountry(quotes, iso3, stillThere);
  }, REST_MS);
}
