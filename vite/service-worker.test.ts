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

  it('answers every navigation with the cached page, so deep links work offline', () => {
    expect(source).toContain(`request.mode === 'navigate' ? 'index.html' : request`);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });
});
