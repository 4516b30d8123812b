// The app's own chunk is loaded by the page's first script only when the page wants it
// (src/main.tsx), so Vite's HTML names neither it nor its stylesheets. Every page links them here:
// the styles, so the prerendered view is drawn styled before any script runs, and the scripts as
// prefetches: fetched when the network is idle, and not compiled until the app starts. (Module
// preloads are compiled as they arrive, on the main thread, when a first click is most likely.)
import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The module that starts the app, as the entry imports it. */
export const APP_START = '/src/start.tsx';

/** The link tags for the app's chunk (imported by `entry` when it starts the app) and the chunks it needs. */
export function startLinks(bundle: OutputBundle, entry: OutputChunk, base: string): string {
  const chunkAt = (file: string) => {
    const output = bundle[file];
    return output?.type === 'chunk' ? output : null;
  };
  const start = entry.dynamicImports.map(chunkAt).find((c) => c?.facadeModuleId?.endsWith(APP_START));
  if (!start) throw new Error(`The page's first script (${entry.fileName}) does not import ${APP_START}: the pages would have no app to start.`);
  const scripts: OutputChunk[] = [];
  const visit = (chunk: OutputChunk) => {
    if (chunk === entry || scripts.includes(chunk)) return;
    scripts.push(chunk);
    for (const file of chunk.imports) {
      const imported = chunkAt(file);
      if (imported) visit(imported);
    }
  };
  visit(start);
  const entryCss = entry.viteMetadata?.importedCss ?? new Set<string>();
  const styles = [...new Set(scripts.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))].filter((file) => !entryCss.has(file));
  return [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    ...scripts.map((c) => `<link rel="prefetch" as="script" crossorigin href="${base}${c.fileName}">`),
  ].join('\n');
}

/** index.html as Vite wrote it, with the app's chunk linked. */
export function withStartLinks(html: string, bundle: OutputBundle, entry: OutputChunk, base: string): string {
  return html.replace('</head>', () => `  ${startLinks(bundle, entry, base).split('\n').join('\n    ')}\n  </head>`);
}
