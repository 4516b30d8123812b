// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countryOf } from '../../content/test-support/builders.ts';
import { sampleCorpus } from '../../content/test-support/content-fixture.ts';
import type { Content, CountryInfo } from '../../content/types.ts';
import { atlasStore, type AtlasState } from '../../state/store.ts';
import { CountryPanel } from '../panel/country-panel.tsx';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { CountrySearch } from './country-search.tsx';

const more: Record<string, Partial<CountryInfo>> = {
  NZL: { iso2: 'NZ', aliases: ['Aotearoa'] },
  PRK: { iso2: 'KP', aliases: ['DPRK', 'Democratic People’s Republic of Korea'] },
  THA: { iso2: 'TH' },
};

/** The sample corpus with codes and aliases, and three countries no article names: Nauru, Niger and South Korea. */
function corpus(): Content {
  const sample = sampleCorpus();
  const countries = sample.countries.map((c) => ({ ...c, ...more[c.iso3] }));
  return { ...sample, countries: [...countries, countryOf('NRU', 'Nauru'), { ...countryOf('NER', 'Niger'), iso2: 'NE' }, { ...countryOf('KOR', 'South Korea'), iso2: 'KR' }] };
}

function showSearch(view: Partial<AtlasState> = {}) {
  const user = userEvent.setup();
  renderWithContent(<CountrySearch />, { corpus: corpus(), view });
  return { user, input: screen.getByRole('combobox', { name: 'Find a country' }) };
}

const listbox = () => screen.getByRole('listbox', { hidden: true });
const names = () => within(listbox()).queryAllByRole('option').map((o) => o.querySelector('.country-search-name')?.textContent);
const highlighted = () => within(listbox()).getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true');

describe('the country search', () => {
  it('lists the countries whose names start with what is typed, named countries first', async () => {
    const { user, input } = showSearch();
    await user.type(input, 'n');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(names()).toEqual(['New Zealand', 'North Korea', 'Nauru', 'Niger']);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['New Zealand, named by 2 articles', 'North Korea, the subject', 'Nauru, not named', 'Niger, not named']);
  });

  it.each([
    ['an alias', 'dprk', ['North Korea']],
    ['a word of an alias', 'aotea', ['New Zealand']],
    ['an alpha-2 code', 'nz', ['New Zealand']],
    ['an alpha-3 code', 'THA', ['Thailand']],
    ['a word in the name', 'korea', ['North Korea', 'South Korea']],
    ['a code, after the named countries that start with it', 'ne', ['New Zealand', 'Niger']],
  ])('finds a country by %s', async (_, typed, found) => {
    const { user, input } = showSearch();
    await user.type(input, typed);
    expect(names()).toEqual(found);
  });

  it('moves the highlight with the arrow keys and opens the highlighted country with Enter', async () => {
    const { user, input } = showSearch();
    await user.type(input, 'n');
    expect(highlighted().map((o) => o.textContent)).toEqual(['New Zealand, named by 2 articles']);
    await user.keyboard('{ArrowDown}');
    expect(highlighted()[0]?.getAttribute('data-iso3')).toBe('PRK');
    expect(input.getAttribute('aria-activedescendant')).toBe(highlighted()[0]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(highlighted()[0]?.getAttribute('data-iso3')).toBe('NER');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(atlasStore.getState().country).toBe('PRK');
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a country that is clicked', async () => {
    const { user, input } = showSearch();
    await user.type(input, 'tha');
    await user.click(screen.getByRole('option', { name: /^Thailand/ }));
    expect(atlasStore.getState().country).toBe('THA');
  });

  it('goes back to the map to open a country found from the sources', async () => {
    const { user, input } = showSearch({ view: 'sources' });
    await user.type(input, 'nz{Enter}');
    expect(atlasStore.getState()).toMatchObject({ view: 'map', country: 'NZL' });
  });

  it('closes the list with Escape, then clears what was typed, leaving the open panel open', async () => {
    const user = userEvent.setup();
    renderWithContent(
      <>
        <CountrySearch />
        <CountryPanel iso3="NZL" shown />
      </>,
      { corpus: corpus(), view: { country: 'NZL' } },
    );
    const input = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(input, 'tha');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('tha');
    await user.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
    expect(atlasStore.getState().country).toBe('NZL');
    await user.keyboard('{Escape}');
    expect(atlasStore.getState().country).toBeNull();
  });

  it('lists nothing once what was typed is cleared', async () => {
    const { user, input } = showSearch();
    await user.type(input, 'new');
    expect(names()).toEqual(['New Zealand']);
    await user.clear(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(names()).toEqual([]);
    expect(atlasStore.getState().country).toBeNull();
  });

  it('says when no country matches, and Enter then opens nothing', async () => {
    const { user, input } = showSearch();
    await user.type(input, '  Atlantis {Enter}');
    expect(screen.getByRole('status').textContent).toBe('No country matches “Atlantis”.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(atlasStore.getState().country).toBeNull();
  });
});
