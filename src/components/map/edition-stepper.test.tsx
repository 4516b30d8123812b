// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editionsCorpus } from '../../content/test-support/editions-corpus.ts';
import { atlasStore } from '../../state/store.ts';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { Legend } from './legend.tsx';

const stepper = () => screen.getByRole('group', { name: 'Editions' });
const slider = () => within(stepper()).getByRole('slider', { name: 'Edition' });
const legendLabels = () => [...document.querySelectorAll('.legend-label')].map((l) => l.textContent);

describe('the edition stepper', () => {
  it('shows with the colours by report on several editions, at the latest, saying what changed at that step', () => {
    renderWithContent(<Legend />, { corpus: editionsCorpus(), view: { measure: 'reports' } });
    expect(slider().getAttribute('aria-valuetext')).toBe('October 2019, edition 4 of 4');
    expect(screen.getByText(/^The October 2019 report names one country/)).toHaveProperty('isConnected', true);
    // Kenya is back, not new: every country it names was named before.
    expect(legendLabels().slice(0, 2)).toEqual(['Named in an earlier report (July 2017 to March 2019), and again in October 2019', 'Named in an earlier report (July 2017 to March 2019), not in October 2019']);
  });

  it('moves the step with its buttons and its slider, and the store (so the address) follows', () => {
    renderWithContent(<Legend />, { corpus: editionsCorpus(), view: { measure: 'reports' } });
    const later = within(stepper()).getByRole('button', { name: 'Later' });
    const earlier = within(stepper()).getByRole('button', { name: 'Earlier' });
    expect(later.getAttribute('aria-disabled')).toBe('true');
    act(() => earlier.click());
    expect(atlasStore.getState().until).toBe('md-2019-03');
    expect(slider().getAttribute('aria-valuetext')).toBe('March 2019, edition 3 of 4');
    fireEvent.change(slider(), { target: { value: '0' } });
    expect(atlasStore.getState().until).toBe('gf-2017-07');
    expect(earlier.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('The July 2017 report, the first, names two countries as places of North Korean activity.')).toHaveProperty('isConnected', true);
    expect(legendLabels()).toContain('New in July 2017');
    act(() => earlier.click());
    expect(atlasStore.getState().until).toBe('gf-2017-07');
    fireEvent.change(slider(), { target: { value: '3' } });
    expect(atlasStore.getState().until).toBeNull();
  });

  it('is not there for another measure, or one report at a time', () => {
    renderWithContent(<Legend />, { corpus: editionsCorpus(), view: { measure: 'articles' } });
    expect(screen.queryByRole('group', { name: 'Editions' })).toBeNull();
    act(() => atlasStore.getState().setMeasure('reports'));
    expect(stepper()).toHaveProperty('isConnected', true);
    act(() => atlasStore.getState().setReport('md-2019-03'));
    expect(screen.queryByRole('group', { name: 'Editions' })).toBeNull();
  });
});
