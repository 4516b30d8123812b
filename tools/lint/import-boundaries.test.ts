// The lint zones in eslint.config.js keep each part in its lane; these files, linted as if they
// sat at those paths, show that a crossing fails `npm run lint` and that an allowed import passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

const importing = (path: string) => `import * as m from '${path}';\nexport const used = m;\n`;

describe('the import boundaries', () => {
  it.each([
    ['a UI component importing the pipeline', 'src/components/uses-pipeline.tsx', '../../pipeline/verify.ts'],
    ['browser content code importing a Vite plugin', 'src/content/uses-plugin.ts', '../../vite/csp.ts'],
    ['the pipeline importing a component', 'pipeline/uses-ui.ts', '../src/components/app.tsx'],
    ['the pipeline importing the store', 'pipeline/uses-store.ts', '../src/state/store.ts'],
    ['the benchmark importing a component', 'tools/bench/uses-ui.ts', '../../src/components/app.tsx'],
    ['an end-to-end spec importing app code', 'e2e/uses-app.spec.ts', '../src/state/store.ts'],
    ['an end-to-end spec importing the benchmark', 'e2e/uses-bench.spec.ts', '../tools/bench/stats.ts'],
  ])('refuse %s', async (_, filePath, target) => {
    expect(await boundaryErrors(filePath, importing(target))).toEqual([expect.stringContaining('restricted zone')]);
  });

  it.each([
    ['a component importing the store', 'src/components/uses-store.tsx', '../state/store.ts'],
    ['the pipeline importing the content model', 'pipeline/uses-content.ts', '../src/content/summary.ts'],
    ['an end-to-end spec importing the shared browser helpers', 'e2e/uses-browser.spec.ts', '../tools/browser/hit-point.ts'],
  ])('allow %s', async (_, filePath, target) => {
    expect(await boundaryErrors(filePath, importing(target))).toEqual([]);
  });
});
