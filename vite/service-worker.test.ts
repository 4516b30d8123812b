import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './service-worker.ts';

describe('the offline service worker', () => {
  const source = serviceWorkerSource(['index.html', 'assets/index-abc.js'], '0123456789ab');

  it('precaches every file of the build under a versioned cache', () => {
    expect(source).toContain(`const FILES = ["index.html","assets/index-abc.js"];`);
    expect(source).toContain(`const CACHE = 'report-atlas-0123456789ab';`);
  });

  it('waits for the user before a new version takes over', () => {
    const install = source.slice(source.indexOf("addEventListener('install'"), source.indexOf("addEventListener('activate'"));
    expect(install).not.toContain('skipWaiting()');
    expect(source).toMatch(/event\.data === 'activate-update'\) self\.skipWaiting\(\)/);
  });

  it('answers a navigation with the country’s cached page, and any other address with the overview, so deep links work offline', async () => {
    const scope = 'https://atlas.test/atlas/';
    const cached = new Map([`${scope}index.html`, `${scope}country/kenya/index.html`, `${scope}assets/index-abc.js`].map((url) => [url, `cached ${url}`]));
    const listeners = new Map<string, (event: unknown) => void>();
    const worker = {
      location: new URL(`${scope}sw.js`),
      registration: { scope },
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    };
    const caches = { match: (key: Request | URL | string) => Promise.resolve(cached.get(typeof key === 'string' ? key : 'url' in key ? key.url : key.href)) };
    const fetch = (request: { url: string }) => Promise.resolve(`network ${request.url}`);
    new Function('self', 'caches', 'fetch', source)(worker, caches, fetch);
    const answer = (url: string, mode: string) =>
      new Promise((resolve) => listeners.get('fetch')?.({ request: { url, mode, method: 'GET' }, respondWith: (p: Promise<unknown>) => void p.then(resolve) }));
    expect(await answer(`${scope}country/kenya/?view=table`, 'navigate')).toBe(`cached ${scope}country/kenya/index.html`);
    expect(await answer(`${scope}?country=KEN`, 'navigate')).toBe(`cached ${scope}index.html`);
    expect(await answer(`${scope}country/nowhere/`, 'navigate')).toBe(`cached ${scope}index.html`);
    expect(await answer(`${scope}data/countries/KEN.json`, 'cors')).toBe(`network ${scope}data/countries/KEN.json`);
    // An embed page is left to the network: the worker does not answer it, not even with the overview.
    let answered = false;
    listeners.get('fetch')?.({ request: { url: `${scope}embed/country/kenya/`, mode: 'navigate', method: 'GET' }, respondWith: () => (answered = true) });
    // Nor what an embed page asks for: its data comes from the network, as its page did.
    listeners.get('fetch')?.({ request: { url: `${scope}data/countries/KEN.json`, referrer: `${scope}embed/country/kenya/`, mode: 'cors', method: 'GET' }, respondWith: () => (answered = true) });
    expect(answered).toBe(false);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });
});
