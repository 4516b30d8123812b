// Renders the first view (the overview map, legend and lists) into the built index.html, so that
// the map is drawn from the HTML itself; the app takes over when its script has run.
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { atlasData, type AtlasDataOptions } from './vite-plugin-atlas.ts';

const ROOT = '<div id="root"></div>';

/** Inline style attributes would break the page's Content-Security-Policy; the app sets its styles itself. */
export const withoutInlineStyles = (html: string) => html.replace(/ style="[^"]*"/g, '');

async function renderFirstView(options: AtlasDataOptions): Promise<string> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react(), atlasData(options)],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstView: () => string };
    return entry.renderFirstView();
  } finally {
    await server.close();
  }
}

export function prerender(options: AtlasDataOptions = {}): Plugin {
  return {
    name: 'report-atlas-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to render the first view into.`);
        return html.replace(ROOT, `<div id="root">${withoutInlineStyles(await renderFirstView(options))}</div>`);
      },
    },
  };
}
