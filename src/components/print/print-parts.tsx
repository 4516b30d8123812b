import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDay } from '../../content/labels.ts';
import { useAtlas } from '../../state/store.ts';
import { useContent, useIndex } from '../content-context.tsx';
import { useHydrated } from '../use-hydrated.ts';
import './print-parts.css';

/** On paper only: the day the handout was made. */
/** The page's address as it is printed, so that the handout leads back to the same view. */
function usePrintedAddress(): string {
  const [address, setAddress] = useState('');
  useEffect(() => {
    setAddress(window.location.href);
    // Before the page is laid out for paper: the view may have moved since.
    const read = () => flushSync(() => setAddress(window.location.href));
    window.addEventListener('beforeprint', read);
    return () => window.removeEventListener('beforeprint', read);
  }, []);
  return address;
}

// The day and the address are the reader's, not the build's: they are added once the app has taken over the page.
export function HandoutDate() {
  const hydrated = useHydrated();
  const address = usePrintedAddress();
  return <p className="print-only handout-date">{hydrated && `Handout made on ${formatDay(new Date())} with Report Atlas: ${address}`}</p>;
}

/**
 * On paper only, for the overview: the named countries and how many articles name each. With a
 * country open it is hidden rather than removed, so that opening one does not take apart a long table.
 */
export function PrintCountryTable() {
  const open = useAtlas((s) => s.country !== null);
  // Prerendered pages leave the table out, so that their HTML stays small; the app adds it as soon
  // as it has taken over, long before anyone prints.
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <section className="print-only print-table" aria-label="Named countries" hidden={open}>
      <NamedCountries />
    </section>
  );
}

// Drawn again only when the speaker filter changes the figures, never when a country opens or closes.
const NamedCountries = memo(function NamedCountries() {
  const index = useIndex();
  const { articleCount } = useContent().summary;
  const named = index.mentioned.filter((s) => s.status === 'named');
  return (
    <>
      <h2>Countries named as places of North Korean activity</h2>
      <p>
        All {articleCount} articles report on one primary source, Recorded Future: a country named by several of them is named by
        that one source, repeated, not independently corroborated.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Articles naming it (of {articleCount})</th>
            <th scope="col">Quotes naming it</th>
            <th scope="col">Context quotes</th>
          </tr>
        </thead>
        <tbody>
          {named.map((s) => (
            <tr key={s.iso3}>
              <th scope="row">{s.name}</th>
              <td>{s.namingCount}</td>
              <td>{s.quoteCount - s.contextCount}</td>
              <td>{s.contextCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
});

/** A URL written out for paper, where a link cannot be followed. */
export function PrintUrl({ url }: { url: string }) {
  return <span className="print-only print-url">{url}</span>;
}
