/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite/csp.ts';
import { designTokens } from './vite/design-tokens.ts';
import { serviceWorker } from './vite/service-worker.ts';
import { atlasData } from './vite/vite-plugin-atlas.ts';
import { prerender } from './vite/prerender.ts';
import { hostFiles } from './vite/host-files.ts';
import { hostHeaders } from './deploy/preview-headers.ts';
import { curateServer } from './vite/curate-server.ts';

export default defineConfig(({ mode }) => ({
  plugins: [designTokens(), react(), atlasData({ dataDir: process.env.ATLAS_DATA_DIR }), prerender({ dataDir: process.env.ATLAS_DATA_DIR, siteUrl: process.env.ATLAS_SITE_URL }), contentSecurityPolicy(), serviceWorker(), hostFiles({ embedAncestors: process.env.ATLAS_EMBED_ANCESTORS }), hostHeaders(),
    // Only npm run curate (vite --mode curate) serves the curation view and its saves.
    mode === 'curate' && curateServer({ dataDir: process.env.ATLAS_DATA_DIR })],
  // npm run curate prepares the curation view's modules as it starts, so that its first load is quick.
  server: { port: 5173, warmup: mode === 'curate' ? { clientFiles: ['./src/curate/main.tsx'] } : undefined },
  // The 1:50m world (about 750 kB) is the largest chunk; it loads only when the map is zoomed in.
  build: { chunkSizeWarningLimit: 800 },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'vite/**/*.test.ts', 'tools/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
}));
