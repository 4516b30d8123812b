import { useEffect, useRef } from 'react';
import { CONTENT_INDEX } from '../../content/content.ts';
import { summaryLine } from '../../content/labels.ts';
import { primarySources, primarySourcesLine } from '../../content/primary-sources.ts';
import type { Claim } from '../../content/types.ts';
import { useIndex } from '../../state/atlas-model.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { QuoteCard } from './quote-card.tsx';

const close = () => atlasStore.getState().select(null);

function QuoteSection({ title, claims, current }: { title: string; claims: Claim[]; current: string | null }) {
  if (claims.length === 0) return null;
  return (
    <section className="quote-section">
      <h3>
        {title} <span className="section-count">({claims.length})</span>
      </h3>
      <ol className="quotes">
        {claims.map((c) => (
          <li key={c.id}>
            <QuoteCard claim={c} current={c.id === current} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Returns focus to whatever opened the panel once it closes, so keyboard users keep their place. */
function usePanelFocus(country: string | null) {
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (country === null) {
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.panel')) opener.current = active;
    // A highlighted quote has already scrolled itself into view; focusing the heading must not undo that.
    heading.current?.focus({ preventScroll: atlasStore.getState().quote !== null });
    const onKey = (e: KeyboardEvent) => {
      // Escape belongs to the reader while it is open.
      if (e.key === 'Escape' && atlasStore.getState().article === null) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [country]);
  return heading;
}

/** The selected country: what is claimed, by how many articles, which sources, and every quote behind it. */
export function CountryPanel() {
  const country = useAtlas((s) => s.country);
  const current = useAtlas((s) => s.quote);
  const speaker = useAtlas((s) => s.speaker);
  const index = useIndex();
  const heading = usePanelFocus(country);
  const info = country === null ? undefined : CONTENT_INDEX.countries.get(country);
  const summary = country === null ? undefined : index.summaries.get(country);
  if (!info || !summary) return null;
  const claims = index.claimsByCountry.get(info.iso3) ?? [];
  const sources = primarySourcesLine(primarySources(summary, index));
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
      <p className="panel-summary">
        {speaker !== 'all' && summary.status === 'none'
          ? `No quote from ${SPEAKER_NAMES[speaker]} mentions ${info.name}.`
          : summaryLine(summary, CONTENT_INDEX.content.articles.length)}
      </p>
      {sources && <p className="panel-sources">{sources}</p>}
      {speaker !== 'all' && <p className="panel-note">Showing only quotes from {SPEAKER_NAMES[speaker]}; choose “Everyone” above the map for all of them.</p>}
      {!info.onMap && <p className="panel-note">Too small to draw on this world map; it is listed beside the map instead.</p>}
      <QuoteSection title="What the articles say" claims={claims.filter((c) => c.kind !== 'context')} current={current} />
      <QuoteSection title="Context" claims={claims.filter((c) => c.kind === 'context')} current={current} />
    </aside>
  );
}

const SPEAKER_NAMES = { all: 'everyone', report: 'the reports', official: 'officials', reporter: 'reporters' } as const;
