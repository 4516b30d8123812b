import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { describe, expect, it } from 'vitest';
import { startLinks, withStartLinks } from './start-links.ts';

const chunk = (fileName: string, extra: Partial<OutputChunk> & { css?: string[] } = {}) =>
  ({ type: 'chunk', fileName, imports: [], dynamicImports: [], facadeModuleId: null, viteMetadata: { importedCss: new Set(extra.css ?? []) }, ...extra }) as unknown as OutputChunk;

function bundle() {
  const entry = chunk('assets/index-a.js', { dynamicImports: ['assets/start-b.js', 'assets/table-c.js'], css: ['assets/index-a.css'] });
  const shared = chunk('assets/world-d.js', { css: ['assets/world-d.css'] });
  const start = chunk('assets/start-b.js', { facadeModuleId: '/repo/src/start.tsx', imports: ['assets/world-d.js', 'assets/index-a.js'], css: ['assets/start-b.css', 'assets/index-a.css'] });
  const table = chunk('assets/table-c.js', { facadeModuleId: '/repo/src/components/table/table-view.tsx', css: ['assets/table-c.css'] });
  const all = { [entry.fileName]: entry, [shared.fileName]: shared, [start.fileName]: start, [table.fileName]: table } as unknown as OutputBundle;
  return { all, entry };
}

describe('the links to the app’s chunk', () => {
  it('links the app’s styles and prefetches its scripts and what they import, but not the first script or lazy parts', () => {
    const { all, entry } = bundle();
    expect(startLinks(all, entry, '/atlas/').split('\n')).toEqual([
      '<link rel="stylesheet" crossorigin href="/atlas/assets/start-b.css">',
      '<link rel="stylesheet" crossorigin href="/atlas/assets/world-d.css">',
      '<link rel="prefetch" as="script" crossorigin href="/atlas/assets/start-b.js">',
      '<link rel="prefetch" as="script" crossorigin href="/atlas/assets/world-d.js">',
    ]);
  });

  it('puts them in the head', () => {
    const { all, entry } = bundle();
    expect(withStartLinks('<head><title>x</title></head><body></body>', all, entry, '/')).toMatch(/<title>x<\/title>\s+<link rel="stylesheet"[^]*start-b\.css[^]*world-d\.js">\n {2}<\/head><body>/);
  });

  it('fails the build when the first script does not start the app', () => {
    const { all } = bundle();
    const lonely = chunk('assets/index-z.js');
    expect(() => startLinks(all, lonely, '/')).toThrow(/index-z\.js\) does not import \/src\/start\.tsx/);
  });
});
