// The app's scripts, fetched and compiled before it is started, so that starting it is one short
// step. Until they are here, clicks on countries are still answered without the app. Each page
// lists them in a JSON script element (vite/start-links.ts), which the browser never runs.

/** The id of the element that lists the app's scripts. */
export const APP_SCRIPTS_ID = 'atlas-app-scripts';

/** The app's scripts as the page lists them; none for a page without the list. */
export function appScripts(doc: Document): string[] {
  try {
    const list: unknown = JSON.parse(doc.getElementById(APP_SCRIPTS_ID)?.textContent ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Resolves once every script the page lists for the app is loaded as a module, or has failed to;
 * at once in a browser without module preloads, which would never say that they have loaded. On a
 * slow connection the wait is long, and countries are answered without the app meanwhile.
 */
export function preloadApp(doc: Document = document): Promise<void> {
  if (!doc.createElement('link').relList.supports('modulepreload')) return Promise.resolve();
  return Promise.all(
    appScripts(doc).map(
      (href) =>
        new Promise<void>((resolve) => {
          const link = doc.createElement('link');
          link.rel = 'modulepreload';
          link.crossOrigin = 'anonymous';
          link.href = href;
          // A script that failed here fails again, and is reported, when the app is imported.
          link.onload = link.onerror = () => resolve();
          doc.head.append(link);
        }),
    ),
  ).then(() => undefined);
}
