import { useEffect, useRef } from 'react';
import { CONTENT_INDEX } from '../../content/content.ts';
import { summaryLine } from '../../content/labels.ts';
import type { Claim } from '../../content/types.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { QuoteCard } from './quote-card.tsx';

const close = () => atlasStore.getState().select(null);

function QuoteSection({ title, claims }: { title: string; claims: Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <section className="quote-section">
      <h3>
        {title} <span className="section-count">({claims.length})</span>
      </h3>
      <ol className="quotes">
        {claims.map((c) => (
          <li key={c.id}>
            <QuoteCard claim={c} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The selected country: what is claimed, by how many articles, and every quote behind it. */
export function CountryPanel() {
  const country = useAtlas((s) => s.country);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (country === null) {
      // Closing returns focus to whatever opened the panel, so keyboard users keep their place.
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.panel')) opener.current = active;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [country]);

  const info = country === null ? undefined : CONTENT_INDEX.countries.get(country);
  const summary = country === null ? undefined : CONTENT_INDEX.summaries.get(country);
  if (!info || !summary) return null;
  const claims = CONTENT_INDEX.claimsByCountry.get(info.iso3) ?? [];
  return (
    <aside className="panel" aria-labelledby="panel-title" data-iso3={info.iso3}>
      <header className="panel-header">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {info.name}
        </h2>
        <button type="button" className="close-button" onClick={close} aria-label="Close the country panel">
          ×
        </button>
      </header>
      <p className="panel-summary">{summaryLine(summary, CONTENT_INDEX.content.articles.length)}</p>
      {!info.onMap && <p className="panel-note">Too small to draw on this world map; it is listed beside the map instead.</p>}
      <QuoteSection title="What the articles say" claims={claims.filter((c) => c.kind !== 'context')} />
      <QuoteSection title="Context" claims={claims.filter((c) => c.kind === 'context')} />
    </aside>
  );
}
