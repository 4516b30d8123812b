// Verifies the data before anything is built or served, then hands the app two
// virtual modules: the slimmed world topology and the verified content.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDataDir, dataFiles } from '../src/content/load-data-dir.ts';
import { DataError } from '../src/content/problems.ts';
import type { Content } from '../src/content/types.ts';
import { makeCountryTable, readWorldAtlas, slimTopology } from './world.ts';

export const WORLD_MODULE = 'virtual:atlas/world';
export const CONTENT_MODULE = 'virtual:atlas/content';

export interface AtlasDataOptions {
  /** The data folder to build from; `data/` by default. */
  dataDir?: string;
}

export function atlasData(options: AtlasDataOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? 'data');
  const atlas = readWorldAtlas('110m');
  const countries = makeCountryTable(atlas);
  const world = slimTopology(atlas);
  let content: Content | null = null;

  const verify = (): Content => {
    const result = loadDataDir(dataDir, countries);
    if (!result.ok) throw new DataError(result.problems);
    return result.content;
  };

  return {
    name: 'report-atlas-data',
    buildStart() {
      content = verify();
      for (const file of dataFiles(dataDir)) this.addWatchFile(file);
    },
    resolveId(id) {
      return id === WORLD_MODULE || id === CONTENT_MODULE ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${WORLD_MODULE}`) return `export default ${JSON.stringify(world)};`;
      if (id === `\0${CONTENT_MODULE}`) return `export default ${JSON.stringify(content ?? verify())};`;
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (!dataFiles(dataDir).includes(file)) return;
      try {
        content = verify();
        const mod = server.moduleGraph.getModuleById(`\0${CONTENT_MODULE}`);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      } catch (error) {
        server.config.logger.error((error as Error).message);
        server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
      }
      return [];
    },
  };
}
