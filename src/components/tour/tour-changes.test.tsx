// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { twoEditionCorpus } from '../../content/test-support/content-fixture.ts';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { TourView } from './tour-view.tsx';

describe('the tour’s step on what changed', () => {
  it('comes second, says what the later report added, and colours the map by report with its colours in words', () => {
    renderWithContent(<TourView />, { corpus: twoEditionCorpus(), atHand: { whole: true }, view: { tour: 2 } });
    const tour = screen.getByRole('dialog', { name: 'What changed between the reports' });
    expect(within(tour).getByText('Step 2 of 5')).toHaveProperty('isConnected', true);
    expect(within(tour).getByText('The April 2018 report names one country the July 2017 report did not: Thailand.')).toHaveProperty('isConnected', true);
    expect(within(tour).getByRole('img', { name: 'World map of the named countries, coloured by which reports name each' })).toHaveProperty('isConnected', true);
    const colours = within(within(tour).getByRole('list', { name: 'The map’s colours' })).getAllByRole('listitem');
    expect(colours.map((li) => li.textContent)).toEqual(['Named in both reports (July 2017 and April 2018) · 1 country', 'Only in the April 2018 report: new · 1 country']);
  });

  it('is not in a tour of one report', async () => {
    const { container } = renderWithContent(<TourView />, { atHand: { whole: true }, view: { tour: 2 } });
    expect(screen.getByRole('dialog', { name: 'New Zealand' })).toHaveProperty('isConnected', true);
    expect(screen.getByText('Step 2 of 4')).toHaveProperty('isConnected', true);
    // The step is zoomed to New Zealand: its locator rings it once the detailed world has loaded,
    // which the test waits for, so that nothing loads after it has ended.
    await waitFor(() => expect(container.ownerDocument.querySelector('.locator-inset-ring')).not.toBeNull(), { timeout: 10_000 });
  });
});
