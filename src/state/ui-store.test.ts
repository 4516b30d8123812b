import { beforeEach, describe, expect, it } from 'vitest';
import { atlasStore, initialState } from './store.ts';
import { initialUiState, uiStore } from './ui-store.ts';

beforeEach(() => {
  atlasStore.setState(initialState);
  uiStore.setState(initialUiState);
});

describe('the page’s passing state', () => {
  it('lets go of the panel drawn ahead for the country it leaves, and keeps one drawn ahead for another', () => {
    uiStore.getState().setPrepared('NZL');
    atlasStore.getState().select('NZL');
    expect(uiStore.getState().prepared).toBe('NZL');
    atlasStore.getState().select(null);
    expect(uiStore.getState().prepared).toBeNull();
    atlasStore.getState().select('KEN');
    uiStore.getState().setPrepared('NZL');
    atlasStore.setState({ country: 'THA' });
    expect(uiStore.getState().prepared).toBe('NZL');
  });
});
