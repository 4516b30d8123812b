import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/find-chromium.ts';

// Both can be moved, so that two suites can run side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;

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
    launchOptions: {
      executablePath: findChromium(),
      // Quiet, offline-friendly flags; --no-sandbox because CI runs as root.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } }, testIgnore: '**/mobile.spec.ts' },
    // A phone: narrow, touch, high density (Pixel 7 is a Chromium device).
    { name: 'mobile', use: { ...devices['Pixel 7'] }, testMatch: '**/mobile.spec.ts' },
  ],
  webServer: {
    // The suite tests the production build, as users get it.
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
