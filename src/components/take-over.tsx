import { Suspense, type ReactNode } from 'react';

/**
 * A piece of a prerendered page that the app takes over on its own: after the rest, in slices
 * that leave the browser free, or at once when a click or a key reaches it. Nothing in it waits
 * for anything, so it never shows a fallback.
 */
export function TakeOver({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
