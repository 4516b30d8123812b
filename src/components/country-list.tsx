import { memo } from 'react';
import type { CountryStatus, CountrySummary } from '../content/content-index.ts';
import { STATUS_HEADINGS } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import { useContent, useIndex } from './content-context.tsx';
import { preparingHandlers } from './prepare-handlers.ts';
import './country-list.css';

const GROUPS: { status: CountryStatus; title: string }[] = [
  { status: 'named', title: STATUS_HEADINGS.named },
  { status: 'subject', title: STATUS_HEADINGS.subject },
  { status: 'context', title: STATUS_HEADINGS.context },
];

function countLabel(s: CountrySummary): string {
  const n = s.status === 'named' ? s.namingCount : s.quotingCount;
  return countOf(n, 'article');
}

/** One country's button; drawn again only when it is pressed or let go, not when another is. */
const CountryButton = memo(function CountryButton({ summary: s, pressed }: { summary: CountrySummary; pressed: boolean }) {
  const { quotes } = useContent();
  return (
    <li>
      <button
        type="button"
        className="country-button"
        aria-pressed={pressed}
        data-iso3={s.iso3}
        onClick={() => atlasStore.getState().select(s.iso3)}
        {...preparingHandlers(quotes, s.iso3)}
      >
        <span className="country-name">{s.name}</span>
        <span className="country-count">{countLabel(s)}</span>
      </button>
    </li>
  );
});

/** Every country the articles mention, as buttons: covers small countries and keyboard users. */
export function CountryList() {
  const selected = useAtlas((s) => s.country);
  const index = useIndex();
  return (
    <nav className="country-list" aria-label="Countries in the articles">
      {GROUPS.map(({ status, title }) => {
        const members = index.mentioned.filter((s) => s.status === status);
        if (members.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`list-${status}`}>
            <h2 id={`list-${status}`}>{title}</h2>
            <ul>
              {members.map((s) => (
                <CountryButton key={s.iso3} summary={s} pressed={selected === s.iso3} />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
