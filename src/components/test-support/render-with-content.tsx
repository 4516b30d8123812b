// Test helper: renders a part of the atlas as the app does, inside the content provider, here with
// content made from a small corpus (content/test-support/content-fixture.ts) and a chosen view.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { testContent, type TestContentOptions } from '../../content/test-support/content-fixture.ts';
import { atlasStore, initialState, type AtlasState } from '../../state/store.ts';
import { initialUiState, uiStore, type UiState } from '../../state/ui-store.ts';
import { ContentProvider } from '../content-context.tsx';

// Vitest runs without globals here, so Testing Library cannot register its own clean-up.
afterEach(cleanup);

export interface RenderOptions extends TestContentOptions {
  /** The view, as a link would give it: `{ country: 'NZL', speaker: 'report' }`. */
  view?: Partial<AtlasState>;
  /** The page's passing state: `{ hover: … }`. */
  ui?: Partial<UiState>;
}

/** Renders `ui` with fake content; returns Testing Library's queries, the content and its fetch spies. */
export function renderWithContent(ui: ReactElement, { view = {}, ui: passing = {}, ...options }: RenderOptions = {}): RenderResult & ReturnType<typeof testContent> {
  atlasStore.setState({ ...initialState, ...view });
  uiStore.setState({ ...initialUiState, ...passing });
  const made = testContent(options);
  return { ...made, ...render(<ContentProvider content={made.content}>{ui}</ContentProvider>) };
}
