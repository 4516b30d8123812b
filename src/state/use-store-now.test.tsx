// @vitest-environment happy-dom
import { act, startTransition, Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { takeOverFrom, useStoreNow } from './use-store-now.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const makeStore = () => createStore<{ country: string }>()(() => ({ country: 'NZL' }));
const countryOf = (s: { country: string }) => s.country;

function Country({ store }: { store: ReturnType<typeof makeStore> }) {
  return <p>{useStoreNow(store, countryOf)}</p>;
}

function Page({ store }: { store: ReturnType<typeof makeStore> }) {
  return (
    <main>
      {/* A piece of the page taken over on its own, as the app's are. */}
      <Suspense fallback={null}>
        <Country store={store} />
      </Suspense>
    </main>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useStoreNow', () => {
  it('reads the state now on the server', () => {
    const store = makeStore();
    store.setState({ country: 'KEN' });
    expect(renderToString(<Page store={store} />)).toContain('KEN');
  });

  it('takes a piece over as the page was drawn, even after the store has moved on, then follows the store', async () => {
    const store = makeStore();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page store={store} />);
    document.body.append(container);
    const drawn = container.querySelector('p');
    const recoverable = vi.fn();
    takeOverFrom(store);
    await act(async () => {
      startTransition(() => void hydrateRoot(container, <Page store={store} />, { onRecoverableError: recoverable }));
      // A click or the address changes the view before the piece has been taken over.
      store.setState({ country: 'AUS' });
    });
    expect(recoverable).not.toHaveBeenCalled();
    // The same element, not drawn again, now showing the store's country.
    expect(container.querySelector('p')).toBe(drawn);
    expect(drawn?.textContent).toBe('AUS');
  });

  it('without the page state, a piece taken over after the store moved on does not match its page', async () => {
    const store = makeStore();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page store={store} />);
    const recoverable = vi.fn();
    await act(async () => {
      startTransition(() => void hydrateRoot(container, <Page store={store} />, { onRecoverableError: recoverable }));
      store.setState({ country: 'AUS' });
    });
    expect(recoverable).toHaveBeenCalled();
  });
});
