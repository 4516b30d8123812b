// Registers the offline cache, and offers an update when a new version has been downloaded.

let updateRequested = false;

/** Calls `onUpdate` with a function that switches to the waiting version, whenever one is waiting. */
export function watchForUpdates(registration: ServiceWorkerRegistration, onUpdate: (apply: () => void) => void): void {
  const offer = (worker: ServiceWorker | null) => {
    // Only an update: with no controller yet, this is the first install, not a new version.
    if (worker && navigator.serviceWorker.controller)
      onUpdate(() => {
        updateRequested = true;
        worker.postMessage('activate-update');
      });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Reload only into a version the user asked for; the first install also changes the controller.
    if (!updateRequested || reloading) return;
    reloading = true;
    window.location.reload();
  });
  navigator.serviceWorker
    // From the atlas's base, whichever page it is on, so that one worker serves every page.
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => watchForUpdates(registration, onUpdate))
    .catch(() => {
      // Without the offline cache the atlas still works online.
    });
}
