import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Data flows one way: content and geo know nothing of the UI; the store knows
// nothing of components; briefing never reaches into components. The app never
// imports the Node-side pipeline, the Vite plugins or the tools. The pipeline
// uses the app's pure models (content, geo, briefing) but never its UI; the
// tools may also use the store's pure helpers. e2e drives the running app,
// sharing only the browser helpers in tools/browser. deploy/ (what a host serves, and how) uses
// the page's policy from vite/ and nothing of the app.
const APP_UI = ['./src/components', './src/offline', './src/early', './src/curate', './src/main.tsx', './src/start.tsx', './src/prerender.tsx'];
const zones = [
  { target: './src/content', from: ['./src/geo', './src/state', './src/components', './src/briefing'] },
  { target: './src/geo', from: ['./src/content', './src/state', './src/components', './src/briefing'] },
  { target: './src/state', from: ['./src/components', './src/briefing'] },
  { target: './src/briefing', from: ['./src/components'] },
  { target: './src', from: ['./pipeline', './vite', './tools', './e2e'] },
  { target: './pipeline', from: [...APP_UI, './src/state', './vite', './tools', './e2e'] },
  { target: './vite', from: ['./tools', './e2e'] },
  { target: './tools', from: [...APP_UI, './vite', './e2e'] },
  { target: './e2e', from: ['./src', './pipeline', './vite', './tools/bench'] },
  { target: './deploy', from: [...APP_UI, './pipeline', './tools', './e2e'] },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    // Without extensions and a parser for .ts, no-cycle silently never follows an import.
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Playwright fixtures hand over their value with `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
