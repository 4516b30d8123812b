// Writes every page of the atlas at build time: the overview as index.html, and a page per country
// at country/<slug>/index.html, each holding its whole view as HTML (src/prerender.tsx) and its
// own title. The app takes each page over when its script has run.
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { PrerenderedPage } from '../src/prerender.tsx';
import { checkTemplate, pageHtml } from './page-html.ts';
import { atlasData, type AtlasDataOptions } from './vite-plugin-atlas.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function renderPages(options: AtlasDataOptions, base: string): Promise<PrerenderedPage[]> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    base,
    plugins: [react(), atlasData(options)],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderPages: (base: string) => PrerenderedPage[] };
    return entry.renderPages(base);
  } finally {
    await server.close();
  }
}

const headOf = (page: PrerenderedPage) => `<title>${escapeHtml(page.title)}</title>`;

export function prerender(options: AtlasDataOptions = {}): Plugin {
  let base = '/';
  let pages: PrerenderedPage[] = [];
  let template = '';
  return {
    name: 'report-atlas-prerender',
    apply: 'build',
    // After Vite's own HTML step, and before the service worker lists the build's files.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        checkTemplate(html);
        template = html;
        pages = await renderPages(options, base);
        const overview = pages.find((p) => p.country === null);
        if (!overview) throw new Error('The atlas has no overview page to render.');
        return pageHtml(template, { head: headOf(overview), root: overview.html, data: overview.data });
      },
    },
    generateBundle() {
      for (const page of pages) {
        if (page.country === null) continue;
        this.emitFile({ type: 'asset', fileName: page.file, source: pageHtml(template, { head: headOf(page), root: page.html, data: page.data }) });
      }
    },
  };
}
