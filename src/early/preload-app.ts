// The app's scripts, fetched and compiled before it is started, so that starting it is one short
// step. Until they are here, clicks on countries are still answered without the app. The pages list
// the scripts as prefetches (vite/start-links.ts); as module preloads they are compiled too.

/** Resolves once every script the page prefetches for the app is loaded as a module, or has failed to. */
export function preloadApp(doc: Document = document): Promise<void> {
  const scripts = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"][as="script"]')];
  return Promise.all(
    scripts.map(
      (prefetch) =>
        new Promise<void>((resolve) => {
          const link = doc.createElement('link');
          link.rel = 'modulepreload';
          link.crossOrigin = prefetch.crossOrigin;
          link.href = prefetch.href;
          // A script that failed here fails again, and is reported, when the app is imported.
          link.onload = link.onerror = () => resolve();
          doc.head.append(link);
        }),
    ),
  ).then(() => undefined);
}
