// Writes every page of the atlas at build time: the overview as index.html, and a page per country
// at country/<slug>/index.html, each holding its whole view as HTML (src/prerender.tsx), its own
// title and link preview, and the preview's image beside it (preview.png). The app takes each page
// over when its script has run.
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { PrerenderedPage, SiteAddress } from '../src/prerender.tsx';
import { designTokens } from './design-tokens.ts';
import { checkTemplate, pageHtml } from './page-html.ts';
import { withStartLinks } from './start-links.ts';
import { renderPreviewPng } from './preview-image.ts';
import { atlasData, type AtlasDataOptions } from './vite-plugin-atlas.ts';

export const NOT_FOUND_FILE = '404.html';
const NOT_FOUND_HEAD = '<title>No such page · Report Atlas</title>\n<meta name="robots" content="noindex">';

export interface PrerenderOptions extends AtlasDataOptions {
  /** The site's address (ATLAS_SITE_URL), such as https://atlas.example.org, for absolute addresses in link previews. */
  siteUrl?: string;
}

/**
 * The addresses pages and previews are given: absolute on the site when its address is known,
 * as link cards want them; else from the site's root.
 */
export function siteAddress(siteUrl: string | undefined): SiteAddress {
  if (siteUrl === undefined || siteUrl.trim() === '') return (path) => path;
  let site: URL;
  try {
    site = new URL(siteUrl.trim());
  } catch {
    throw new Error(`ATLAS_SITE_URL must be the site's address, such as https://atlas.example.org; “${siteUrl}” is not an address.`);
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:') throw new Error(`ATLAS_SITE_URL must be an http or https address, not “${siteUrl}”.`);
  return (path) => new URL(path, site.origin).href;
}

async function renderPages(options: AtlasDataOptions, base: string, site: SiteAddress): Promise<PrerenderedPage[]> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    base,
    plugins: [designTokens(), react(), atlasData(options)],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderPages: (base: string, site: SiteAddress) => PrerenderedPage[] };
    return entry.renderPages(base, site);
  } finally {
    await server.close();
  }
}

/** The overview on the atlas's own pages, which becomes index.html. */
function overviewOf(pages: readonly PrerenderedPage[]): PrerenderedPage {
  const overview = pages.find((p) => p.country === null && p.file === 'index.html');
  if (!overview) throw new Error('The atlas has no overview page to render.');
  return overview;
}

export function prerender(options: PrerenderOptions = {}): Plugin {
  const { siteUrl, ...data } = options;
  // Checked before anything is built, so that a wrong address fails at once.
  const site = siteAddress(siteUrl);
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
      async handler(html, { bundle, chunk }) {
        checkTemplate(html);
        if (!bundle || !chunk) throw new Error('index.html was transformed without the chunks of the build, so the pages could not link the app.');
        template = withStartLinks(html, bundle, chunk, base);
        pages = await renderPages(data, base, site);
        const overview = overviewOf(pages);
        return pageHtml(template, { head: overview.head, root: overview.html, data: overview.data });
      },
    },
    generateBundle() {
      const overview = overviewOf(pages);
      // What a host sends, with 404, for an address that is no file: the overview, whose app says the address named nothing.
      this.emitFile({ type: 'asset', fileName: NOT_FOUND_FILE, source: pageHtml(template, { head: NOT_FOUND_HEAD, root: overview.html, data: overview.data }) });
      for (const page of pages) {
        if (page !== overview) this.emitFile({ type: 'asset', fileName: page.file, source: pageHtml(template, { head: page.head, root: page.html, data: page.data }) });
        if (page.preview) this.emitFile({ type: 'asset', fileName: page.preview.file, source: renderPreviewPng(page.preview.svg) });
        if (page.oembed) this.emitFile({ type: 'asset', fileName: page.oembed.file, source: page.oembed.json });
      }
    },
  };
}
