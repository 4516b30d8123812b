import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { atlasStore } from '../../state/store.ts';
import { useContent } from '../content-context.tsx';
import { moveHighlight } from './move-highlight.ts';
import { rankCountries, type CountryOption } from './rank-countries.ts';
import './country-search.css';
import { NO_FILTERS } from '../../content/filters.ts';

function choose(option: CountryOption) {
  const store = atlasStore.getState();
  // The sources view has no panel, so the country would be selected out of sight.
  if (store.view === 'sources') store.setView('map');
  store.select(option.iso3);
}

/** Find a country by name, alias or code: an ARIA 1.2 combobox whose list puts the named countries first. */
export function CountrySearch() {
  const id = useId();
  const content = useContent();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => rankCountries(query, content.summary.countries, (iso3) => content.summaryView(NO_FILTERS).summaries.get(iso3)), [query, content]);
  const expanded = open && options.length > 0;
  const noMatch = open && query.trim() !== '' && options.length === 0;
  const labelId = `${id}label`;
  const listId = `${id}list`;
  const optionId = (i: number) => `${id}option-${i}`;

  const pick = (option: CountryOption | undefined) => {
    if (!option) return;
    setQuery('');
    setOpen(false);
    setActive(0);
    choose(option);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        e.preventDefault();
        const by = e.key === 'ArrowDown' ? 1 : -1;
        // Alt+ArrowDown only opens the list, as the ARIA practices describe.
        if (!expanded) setActive(e.altKey ? active : moveHighlight(-1, options.length, by));
        else if (!e.altKey) setActive(moveHighlight(active, options.length, by));
        setOpen(true);
        return;
      }
      case 'Enter':
        if (!expanded) return;
        e.preventDefault();
        pick(options[active]);
        return;
      case 'Escape':
        if (!open && query === '') return;
        // Handled here, so the country panel does not also close.
        e.preventDefault();
        e.stopPropagation();
        if (open) setOpen(false);
        else setQuery('');
        return;
    }
  };

  return (
    <div className="country-search" role="search" aria-labelledby={labelId}>
      <label id={labelId} htmlFor={`${id}input`} className="visually-hidden">
        Find a country
      </label>
      <div className="country-search-field">
        <input
          id={`${id}input`}
          className="country-search-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}help`}
          autoComplete="off"
          placeholder="Find a country"
          autoCapitalize="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-labelledby={labelId} className="country-search-list" hidden={!expanded}>
          {expanded &&
            options.map((option, i) => (
              <li
                key={option.iso3}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="country-search-option"
                data-iso3={option.iso3}
                data-status={option.status}
                // Keeps focus in the input, so the list is still there when the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="country-search-name">{option.name}</span>
                {/* A pause between name and hint for screen readers; on screen the layout parts them. */}
                <span className="visually-hidden">, </span>
                <span className="country-search-hint">{option.hint}</span>
              </li>
            ))}
        </ul>
        <p role="status" className="country-search-status">
          {noMatch ? `No country matches “${query.trim()}”.` : ''}
        </p>
      </div>
      <p id={`${id}help`} className="visually-hidden">
        Name or code, such as Kenya or NZ
      </p>
    </div>
  );
}
