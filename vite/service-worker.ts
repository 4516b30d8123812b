// The service worker that keeps the atlas working offline after one visit. It is written
// at build time, so that it knows every file of this build.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { EMBED_FOLDER, OEMBED_FILE } from '../src/page-place.ts';
import { NOT_FOUND_FILE } from './prerender.ts';

/** The worker's source, for a build's files. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Report Atlas offline cache, version ${version}. Written by the build; do not edit.
const CACHE = 'report-atlas-${version}';
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until the user chooses to update, never mid-briefing.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('report-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // An embed page, and what it asks for, is framed in another site's page, which is online: the
  // network answers it, so that it never mixes this version's data with the page of a newer one.
  const embeds = new URL('${EMBED_FOLDER}', self.registration.scope).pathname;
  if (url.pathname.startsWith(embeds) || (request.referrer && new URL(request.referrer).pathname.startsWith(embeds))) return;
  // ignoreVary: the server varies on Accept-Encoding, which module requests send differently.
  const options = { ignoreSearch: true, ignoreVary: true };
  if (request.mode !== 'navigate') {
    event.respondWith(caches.match(request, options).then((hit) => hit || fetch(request)));
    return;
  }
  // A country's page is kept as it was built; any other address is the overview, whose app reads
  // the rest of the view from the address, so that deep links work offline.
  const page = url.pathname.endsWith('/') ? new URL('index.html', url) : url;
  event.respondWith(
    caches
      .match(page, options)
      .then((hit) => hit || caches.match(new URL('index.html', self.registration.scope), options))
      .then((hit) => hit || fetch(request)),
  );
});
`;
}

/**
 * Link-preview images, oEmbed descriptions and embed pages are for chat clients and other sites, and
 * the 404 page for hosts: never needed offline.
 */
const keptOffline = (file: string) => file !== 'sw.js' && file !== NOT_FOUND_FILE && !file.startsWith(EMBED_FOLDER) && !file.endsWith('preview.png') && !file.endsWith(OEMBED_FILE);

/** Emits sw.js beside the build, listing every file the build wrote and the public ones. */
export function serviceWorker(publicFiles: readonly string[] = ['favicon.svg']): Plugin {
  return {
    name: 'report-atlas-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [...new Set(['index.html', ...Object.keys(bundle), ...publicFiles])].filter(keptOffline).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files, version) });
    },
  };
}
