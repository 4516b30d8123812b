// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { twoEditionCorpus as twoEditions } from '../../content/test-support/content-fixture.ts';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { TableView } from './table-view.tsx';

const cellsOf = (name: string) => {
  const row = screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell');
};
const names = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

describe('the table’s report columns', () => {
  it('has a column per report, by its edition, saying whether the report names each country', () => {
    renderWithContent(<TableView />, { corpus: twoEditions(), atHand: { whole: true } });
    expect(screen.getByRole('columnheader', { name: 'Named in each report' })).toHaveProperty('colSpan', 2);
    expect(screen.getByRole('button', { name: 'July 2017' })).toHaveProperty('isConnected', true);
    expect(screen.getByRole('button', { name: 'April 2018' })).toHaveProperty('isConnected', true);
    // After what it is, the naming articles and the quotes: July 2017, then April 2018.
    expect(cellsOf('New Zealand').slice(3, 5).map((td) => td.textContent)).toEqual(['Named', 'Named']);
    expect(cellsOf('Thailand').slice(3, 5).map((td) => td.textContent)).toEqual(['–not named', 'Named']);
    expect(cellsOf('Australia').slice(3, 5).map((td) => td.textContent)).toEqual(['–not named', '–not named']);
  });

  it('sorts by a report’s column, the countries it names first', () => {
    renderWithContent(<TableView />, { corpus: twoEditions(), atHand: { whole: true } });
    act(() => screen.getByRole('button', { name: 'April 2018' }).click());
    expect(screen.getByRole('button', { name: 'April 2018' }).closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(names().slice(0, 2)).toEqual(['New Zealand', 'Thailand']);
    act(() => screen.getByRole('button', { name: 'April 2018' }).click());
    expect(names().slice(-2)).toEqual(['New Zealand', 'Thailand']);
  });

  it('follows the report filter: another report’s column names nothing', () => {
    renderWithContent(<TableView />, { corpus: twoEditions(), atHand: { whole: true }, view: { report: 'r' } });
    expect(names()).not.toContain('Thailand');
    expect(cellsOf('New Zealand').slice(3, 5).map((td) => td.textContent)).toEqual(['Named', '–not named']);
    expect(screen.getByRole('table', { name: /Counting only quotes on the July 2017 report/ })).toHaveProperty('isConnected', true);
  });
});
