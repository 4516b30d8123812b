/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, CSP_HEADER } from './build/csp.ts';
import { serviceWorker } from './build/service-worker.ts';
import { atlasData } from './build/vite-plugin-atlas.ts';
import { prerender } from './build/prerender.ts';

export default defineConfig({
  plugins: [react(), atlasData({ dataDir: process.env.ATLAS_DATA_DIR }), prerender({ dataDir: process.env.ATLAS_DATA_DIR }), contentSecurityPolicy(), serviceWorker()],
  server: { port: 5173 },
  // The 1:50m world (about 750 kB) is the largest chunk; it loads only when the map is zoomed in.
  build: { chunkSizeWarningLimit: 800 },
  preview: {
    port: 4173,
    strictPort: true,
    // As a static host should serve the build: a strict policy, no referrer, no sniffing.
    headers: { 'Content-Security-Policy': CSP_HEADER, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' },
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
