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

  it('lets go of the panel drawn ahead for the country it leaves, and keeps one drawn ahead for another', () => {
    atlasStore.getState().setPrepared('NZL');
    atlasStore.getState().select('NZL');
    expect(atlasStore.getState().prepared).toBe('NZL');
    atlasStore.getState().select(null);
    expect(atlasStore.getState().prepared).toBeNull();
    atlasStore.getState().select('KEN');
    atlasStore.getState().setPrepared('NZL');
    atlasStore.setState({ country: 'THA' });
    expect(atlasStore.getState().prepared).toBe('NZL');
  });
});
