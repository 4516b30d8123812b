import { memo, type MouseEvent } from 'react';
import type { CountryStatus, CountrySummary } from '../content/content-index.ts';
import { STATUS_HEADINGS } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import { useContent, useIndex } from './content-context.tsx';
import { preparingHandlers } from './prepare-handlers.ts';
import { opensElsewhere, useCountryPage } from './use-country-page.ts';
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

/**
 * One country's link to its page, which the app opens in place (and which works before the app
 * runs, or without it); drawn again only when it is opened or left, not when another is.
 */
const CountryLink = memo(function CountryLink({ summary: s, current, page }: { summary: CountrySummary; current: boolean; page: string | undefined }) {
  const { quotes } = useContent();
  const open = (event: MouseEvent) => {
    if (opensElsewhere(event)) return;
    event.preventDefault();
    atlasStore.getState().select(s.iso3);
  };
  return (
    <li>
      <a href={page} className="country-button" aria-current={current ? 'page' : undefined} data-iso3={s.iso3} onClick={open} {...preparingHandlers(quotes, s.iso3)}>
        <span className="country-name">{s.name}</span>
        <span className="country-count">{countLabel(s)}</span>
      </a>
    </li>
  );
});

/** Every country the articles mention, as links to their pages: covers small countries and keyboard users. */
export function CountryList() {
  const selected = useAtlas((s) => s.country);
  const index = useIndex();
  const pageOf = useCountryPage();
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
                <CountryLink key={s.iso3} summary={s} current={selected === s.iso3} page={pageOf(s.iso3)} />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
