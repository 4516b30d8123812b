/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasData } from './build/vite-plugin-atlas.ts';

export default defineConfig({
  plugins: [react(), atlasData({ dataDir: process.env.ATLAS_DATA_DIR })],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
