// @vitest-environment happy-dom
import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { describe, expect, it } from 'vitest';
import { appScripts } from '../src/early/preload-app.ts';
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
  it('links the app’s styles and lists its scripts and what they import, but not the first script or lazy parts', () => {
    const { all, entry } = bundle();
    const { styles, scripts } = startLinks(all, entry, '/atlas/');
    expect(styles.split('\n')).toEqual([
      '<link rel="stylesheet" crossorigin href="/atlas/assets/start-b.css">',
      '<link rel="stylesheet" crossorigin href="/atlas/assets/world-d.css">',
    ]);
    expect(scripts).toBe('<script type="application/json" id="atlas-app-scripts">["/atlas/assets/start-b.js","/atlas/assets/world-d.js"]</script>');
    // As the first script reads them.
    document.body.innerHTML = scripts;
    expect(appScripts(document)).toEqual(['/atlas/assets/start-b.js', '/atlas/assets/world-d.js']);
  });

  it('puts the styles at the end of the head, and the list at the end of the body', () => {
    const { all, entry } = bundle();
    const html = withStartLinks('<head><title>x</title></head><body><div id="root"></div></body>', all, entry, '/');
    expect(html).toMatch(/<title>x<\/title>\s+<link rel="stylesheet"[^>]*start-b\.css">\s+<link[^>]*world-d\.css">\n {2}<\/head>/);
    expect(html).toMatch(/<div id="root"><\/div>\s+<script type="application\/json" id="atlas-app-scripts">[^<]*<\/script>\n {2}<\/body>/);
  });

  it('fails the build when the first script does not start the app', () => {
    const { all } = bundle();
    const lonely = chunk('assets/index-z.js');
    expect(() => startLinks(all, lonely, '/')).toThrow(/index-z\.js\) does not import \/src\/start\.tsx/);
  });
});
