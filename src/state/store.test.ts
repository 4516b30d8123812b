import { beforeEach, describe, expect, it } from 'vitest';
import { atlasStore, initialState } from './store.ts';

beforeEach(() => atlasStore.setState(initialState));

describe('the atlas store', () => {
  it('selecting a country clears a notice about an earlier link', () => {
    atlasStore.getState().showNotice({ message: 'No country matches “x”.', suggestions: [] });
    atlasStore.getState().select('NZL');
    expect(atlasStore.getState()).toMatchObject({ country: 'NZL', notice: null });
  });

  it('selecting nothing returns to the overview', () => {
    atlasStore.getState().select('NZL');
    atlasStore.getState().select(null);
    expect(atlasStore.getState().country).toBeNull();
  });
});
