import { useEffect, useState } from 'react';
import type { CountryQuotes } from '../../content/types.ts';
import { useContent } from '../content-context.tsx';

/**
 * The country's quotes: at once when loaded already (resting on a country fetches them), else when
 * they arrive. A panel keeps the quotes it has shown, even once the cache has let them go.
 */
export function useCountryQuotes(iso3: string): CountryQuotes | null {
  const { quotes: loader } = useContent();
  const ready = loader.ready(iso3);
  const [held, setHeld] = useState<CountryQuotes | null>(ready ?? null);
  const [failed, setFailed] = useState<Error | null>(null);
  if (ready && ready !== held) setHeld(ready);
  const quotes = ready ?? (held?.iso3 === iso3 ? held : null);
  const missing = quotes === null;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    loader.load(iso3).then(
      (q) => live && setHeld(q),
      (error: unknown) => live && setFailed(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [iso3, missing, loader]);
  // The panel's boundary shows the failure, with a way back.
  if (failed) throw failed;
  return quotes;
}
