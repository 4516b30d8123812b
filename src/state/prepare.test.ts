import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CountryQuotes } from '../content/types.ts';
import { prepareCountry, prepareWhenResting, REST_MS } from './prepare.ts';
import { atlasStore, initialState } from './store.ts';
import { initialUiState, uiStore } from './ui-store.ts';

const load = vi.fn((iso3: string) => Promise.resolve<CountryQuotes>({ iso3, claims: [], articles: [] }));
const quotes = { load };

beforeEach(() => {
  atlasStore.setState(initialState);
  uiStore.setState(initialUiState);
  load.mockReset();
  load.mockImplementation((iso3) => Promise.resolve({ iso3, claims: [], articles: [] }));
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('getting a country ready before it is opened', () => {
  it('loads the quotes, then marks the country as the one to draw ahead', async () => {
    prepareCountry(quotes, 'NZL');
    expect(load).toHaveBeenCalledWith('NZL');
    await vi.runAllTimersAsync();
    expect(uiStore.getState().prepared).toBe('NZL');
  });

  it('draws nothing ahead for the country already open, nor once it is no longer wanted', async () => {
    atlasStore.getState().select('NZL');
    prepareCountry(quotes, 'NZL');
    prepareCountry(quotes, 'KEN', () => false);
    await vi.runAllTimersAsync();
    expect(uiStore.getState().prepared).toBeNull();
  });

  it('draws nothing ahead when the quotes fail to load, and does not fail itself', async () => {
    load.mockRejectedValue(new Error('offline'));
    prepareCountry(quotes, 'NZL');
    await vi.runAllTimersAsync();
    expect(uiStore.getState().prepared).toBeNull();
  });

  it('waits for attention to rest, and follows only the last country rested on', async () => {
    let hovered = 'KEN';
    prepareWhenResting(quotes, 'KEN', () => hovered === 'KEN');
    await vi.advanceTimersByTimeAsync(REST_MS / 2);
    hovered = 'NZL';
    prepareWhenResting(quotes, 'NZL', () => hovered === 'NZL');
    await vi.advanceTimersByTimeAsync(REST_MS - 1);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('NZL');
    await vi.runAllTimersAsync();
    expect(uiStore.getState().prepared).toBe('NZL');
  });

  it('does nothing when attention has moved on by the time it would rest', async () => {
    let hovered = 'NZL';
    prepareWhenResting(quotes, 'NZL', () => hovered === 'NZL');
    hovered = '';
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();
    expect(uiStore.getState().prepared).toBeNull();
  });
});
