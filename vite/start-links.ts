// The app's own chunk is loaded by the page's first script only when the page wants it
// (src/main.tsx), so Vite's HTML names neither it nor its stylesheets. Every page links its styles
// here, so that the prerendered view is drawn styled before any script runs, and lists its scripts
// for the first script to load when the app is about to start (src/early/preload-app.ts). They are
// not fetched with the page: as module preloads they would be compiled as they arrive, when a first
// click is most likely; as prefetches, a host that asks browsers to check each file again would have
// them sent twice.
import type { Rollup } from 'vite';
import { APP_SCRIPTS_ID } from '../src/early/preload-app.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The module that starts the app, as the entry imports it. */
export const APP_START = '/src/start.tsx';

/** The app's chunk (imported by `entry` when it starts the app) and the chunks it needs: their stylesheets' link tags, and the list of their scripts. */
export function startLinks(bundle: OutputBundle, entry: OutputChunk, base: string): { styles: string; scripts: string } {
  const chunkAt = (file: string) => {
    const output = bundle[file];
    return output?.type === 'chunk' ? output : null;
  };
  const start = entry.dynamicImports.map(chunkAt).find((c) => c?.facadeModuleId?.endsWith(APP_START));
  if (!start) throw new Error(`The page's first script (${entry.fileName}) does not import ${APP_START}: the pages would have no app to start.`);
  const chunks: OutputChunk[] = [];
  const visit = (chunk: OutputChunk) => {
    if (chunk === entry || chunks.includes(chunk)) return;
    chunks.push(chunk);
    for (const file of chunk.imports) {
      const imported = chunkAt(file);
      if (imported) visit(imported);
    }
  };
  visit(start);
  const entryCss = entry.viteMetadata?.importedCss ?? new Set<string>();
  const styles = [...new Set(chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))].filter((file) => !entryCss.has(file));
  return {
    styles: styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`).join('\n'),
    scripts: `<script type="application/json" id="${APP_SCRIPTS_ID}">${JSON.stringify(chunks.map((c) => `${base}${c.fileName}`))}</script>`,
  };
}

/** index.html as Vite wrote it, with the app's styles at the end of its head and the list of its scripts at the end of its body. */
export function withStartLinks(html: string, bundle: OutputBundle, entry: OutputChunk, base: string): string {
  if (!html.includes('</body>')) throw new Error('index.html has no </body> to list the app’s scripts before.');
  const { styles, scripts } = startLinks(bundle, entry, base);
  return html.replace('</head>', () => `  ${styles.split('\n').join('\n    ')}\n  </head>`).replace('</body>', () => `  ${scripts}\n  </body>`);
}
