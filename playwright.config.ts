import { defineConfig, devices } from '@playwright/test';
import { SUB_PATH } from './e2e/support/sub-path.ts';
import { EDITIONS_CORPUS, editionsDataDir } from './e2e/support/editions-corpus.ts';
import { findChromium } from './tools/browser/find-chromium.ts';
import { NGINX_OUT_DIR } from './e2e/support/nginx-build.ts';
import { CURATION_DATA_DIR } from './e2e/support/curation-data.ts';

// Both can be moved, so that two suites can run side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;
// A second build, from a corpus made to attack the atlas.
const HOSTILE_PORT = PORT + 1;
const HOSTILE_OUT_DIR = `${OUT_DIR}-hostile`;
// A third, from a synthetic corpus big enough to need per-country loading and long lists.
const LARGE_PORT = PORT + 2;
const LARGE_OUT_DIR = `${OUT_DIR}-large`;
const LARGE_DATA_DIR = `${OUT_DIR}-large-data`;
// A fourth, built for a sub-path of a site, with absolute addresses for link previews.
const SUBPATH_PORT = PORT + 3;
const SUBPATH_OUT_DIR = `${OUT_DIR}-subpath`;
// A fifth, from a small synthetic corpus on many reports over time, to step through its editions.
const EDITIONS_PORT = PORT + 4;
const EDITIONS_OUT_DIR = `${OUT_DIR}-editions`;
const EDITIONS_DATA_DIR = editionsDataDir(OUT_DIR);
// A sixth, served by nginx with the shipped configuration (npm run serve), as a deployment is.
const NGINX_PORT = PORT + 5;
// A seventh: the development server with the curation view, on a copy of the data it may change.
const CURATE_PORT = PORT + 6;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // Offline caching would answer requests that tests route; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      // Quiet, offline-friendly flags; --no-sandbox because CI runs as root.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } }, testIgnore: ['**/mobile.spec.ts', '**/hostile.spec.ts', '**/large-corpus.spec.ts', '**/sub-path.spec.ts', '**/edition-stepper.spec.ts', '**/deploy.spec.ts', '**/embed.spec.ts', '**/curate.spec.ts'] },
    { name: 'hostile', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HOSTILE_PORT}` }, testMatch: '**/hostile.spec.ts' },
    { name: 'large', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${LARGE_PORT}` }, testMatch: '**/large-corpus.spec.ts' },
    { name: 'sub-path', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${SUBPATH_PORT}` }, testMatch: '**/sub-path.spec.ts' },
    { name: 'nginx', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${NGINX_PORT}` }, testMatch: ['**/deploy.spec.ts', '**/embed.spec.ts'] },
    // The development server sends each module on its own, hundreds on the first load: more time,
    // and no trace, whose record of every request made closing a test's browser outlast its timeout.
    { name: 'curate', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${CURATE_PORT}`, trace: 'off' }, timeout: 90_000, testMatch: '**/curate.spec.ts' },
    { name: 'editions', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${EDITIONS_PORT}` }, testMatch: '**/edition-stepper.spec.ts' },
    // A phone: narrow, touch, high density (Pixel 7 is a Chromium device).
    { name: 'mobile', use: { ...devices['Pixel 7'] }, testMatch: '**/mobile.spec.ts' },
  ],
  webServer: [
    {
      // The suite tests the production build, as users get it.
      command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `npx vite build --outDir ${HOSTILE_OUT_DIR} && npx vite preview --outDir ${HOSTILE_OUT_DIR} --host 127.0.0.1 --port ${HOSTILE_PORT}`,
      env: { ATLAS_DATA_DIR: 'e2e/fixtures/hostile-data' },
      url: `http://127.0.0.1:${HOSTILE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command:
        `npx tsx tools/bench/generate-corpus.ts --articles 40 --claims 3000 --out ${LARGE_DATA_DIR} && ` +
        `npx vite build --outDir ${LARGE_OUT_DIR} && npx vite preview --outDir ${LARGE_OUT_DIR} --host 127.0.0.1 --port ${LARGE_PORT}`,
      env: { ATLAS_DATA_DIR: LARGE_DATA_DIR },
      url: `http://127.0.0.1:${LARGE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `npx vite build --base ${SUB_PATH.base} --outDir ${SUBPATH_OUT_DIR} && npx vite preview --base ${SUB_PATH.base} --outDir ${SUBPATH_OUT_DIR} --host 127.0.0.1 --port ${SUBPATH_PORT}`,
      env: { ATLAS_SITE_URL: SUB_PATH.site },
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUB_PATH.base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command:
        `npx tsx tools/bench/generate-corpus.ts --articles ${EDITIONS_CORPUS.articles} --claims ${EDITIONS_CORPUS.claims} --reports ${EDITIONS_CORPUS.reports} --out ${EDITIONS_DATA_DIR} && ` +
        `npx vite build --outDir ${EDITIONS_OUT_DIR} && npx vite preview --outDir ${EDITIONS_OUT_DIR} --host 127.0.0.1 --port ${EDITIONS_PORT}`,
      env: { ATLAS_DATA_DIR: EDITIONS_DATA_DIR },
      url: `http://127.0.0.1:${EDITIONS_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `npx vite build --outDir ${NGINX_OUT_DIR} && npx tsx deploy/serve.ts --dist ${NGINX_OUT_DIR}`,
      env: { PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `npx tsx e2e/support/curation-data.ts && npx vite --mode curate --host 127.0.0.1 --port ${CURATE_PORT} --strictPort`,
      env: { ATLAS_DATA_DIR: CURATION_DATA_DIR },
      url: `http://127.0.0.1:${CURATE_PORT}/curate/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});
