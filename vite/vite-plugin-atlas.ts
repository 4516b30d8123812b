// Verifies the data before anything is built or served, then hands the app its
// virtual modules (topology, content, article texts) and the data downloads.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlasData, type AtlasData } from '../pipeline/build-atlas-data.ts';
import { dataFiles } from '../pipeline/load-data-dir.ts';
import type { CountriesTopology } from '../src/geo/topology.ts';
import { makeMapOutline, withoutPaths } from '../pipeline/map-outline.ts';
import { makeCountryTable, readWorldAtlas, slimTopology } from '../pipeline/world.ts';
import { DATA_CHANGED_EVENT } from '../src/content/data-paths.ts';

export const MAP_MODULE = 'virtual:atlas/map';
export const CONTENT_MODULE = 'virtual:atlas/content';
export const SUMMARY_MODULE = 'virtual:atlas/summary';
export const TEXTS_MODULE = 'virtual:atlas/texts';
export const DETAIL_MODULE = 'virtual:atlas/world-50m';
const MODULES = [MAP_MODULE, SUMMARY_MODULE, CONTENT_MODULE, TEXTS_MODULE, DETAIL_MODULE];

export interface AtlasDataOptions {
  /** The data folder to build from; `data/` by default. */
  dataDir?: string;
}

/** A module exporting the value; as a JSON string, which browsers parse faster than the same object literal. */
const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function atlasData(options: AtlasDataOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? 'data');
  const atlas = readWorldAtlas('110m');
  const countries = makeCountryTable(atlas);
  const outline = makeMapOutline(slimTopology(atlas) as unknown as CountriesTopology);
  let loaded: AtlasData | null = null;
  let command: 'build' | 'serve' = 'serve';

  const verify = () => buildAtlasData(dataDir, countries);
  const current = () => (loaded ??= verify());

  return {
    name: 'report-atlas-data',
    buildStart() {
      loaded = verify();
      for (const file of dataFiles(dataDir)) this.addWatchFile(file);
    },
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : null;
    },
    configResolved(config) {
      command = config.command;
    },
    load(id, loadOptions) {
      // The built page carries the projected paths in its prerendered HTML (vite/prerender.ts), so the
      // browser's copy of the outline leaves them out and src/geo/world.ts reads them from the page.
      if (id === `\0${MAP_MODULE}`) return asModule(command === 'build' && !loadOptions?.ssr ? withoutPaths(outline) : outline);
      if (id === `\0${SUMMARY_MODULE}`) return asModule(current().summary);
      if (id === `\0${CONTENT_MODULE}`) return asModule(current().content);
      if (id === `\0${TEXTS_MODULE}`) return asModule(current().texts);
      // The 1:50m topology loads only once someone zooms in, so the first load stays light.
      if (id === `\0${DETAIL_MODULE}`) return asModule(slimTopology(readWorldAtlas('50m')));
      return null;
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(current().files)) {
        this.emitFile({ type: 'asset', fileName, source: file.source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = current().files[(req.url ?? '').split('?')[0]?.slice(1) ?? ''];
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.source);
      });
    },
    handleHotUpdate({ file, server }) {
      if (!dataFiles(dataDir).includes(file)) return;
      try {
        loaded = verify();
        for (const id of [SUMMARY_MODULE, CONTENT_MODULE, TEXTS_MODULE]) {
          const mod = server.moduleGraph.getModuleById(`\0${id}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        // The atlas's pages reload on this (src/main.tsx); the curation view reads the data again and keeps its place.
        server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT });
      } catch (error) {
        server.config.logger.error((error as Error).message);
        server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
      }
      return [];
    },
  };
}
