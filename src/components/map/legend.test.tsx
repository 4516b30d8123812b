// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { atlasStore } from '../../state/store.ts';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { Legend } from './legend.tsx';

const entries = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('the legend', () => {
  it('names what each colour means and how many countries have it', () => {
    renderWithContent(<Legend />);
    expect(screen.getByRole('heading', { name: 'How many of the 2 articles name each country as a place of North Korean activity' })).toHaveProperty('isConnected', true);
    expect(entries()).toEqual([
      'Named by 1 article· 1 country',
      'Named by 2 articles· 1 country',
      'North Korea· 1 country',
      'Context only· 1 country',
      'Not named· 1 country',
    ]);
    expect(screen.getByText(/The 2 articles report on 1 Recorded Future reports/)).toHaveProperty('isConnected', true);
  });

  it('follows the speaker filter and the measure, leaves out colours no country has, and explains the outline once a country is selected', () => {
    renderWithContent(<Legend />, { view: { speaker: 'official', measure: 'kind' } });
    const list = screen.getByRole('list');
    // Officials say only what one country hosts: the other kinds of claim, and context, have no country.
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hosts state-run restaurants and diplomatic establishments· 1 country', 'Not named· 4 countries']);
    expect(screen.queryByText('Outlined: the selected country')).toBeNull();
    act(() => atlasStore.getState().select('THA'));
    expect(screen.getByText('Outlined: the selected country')).toHaveProperty('isConnected', true);
  });
});
