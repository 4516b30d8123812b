// What a static host needs beside the pages, written once the build is on disk: the `_headers`
// file (deploy/headers-file.ts), and a .br and a .gz beside every text file (deploy/precompress.ts).
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersFile } from '../deploy/headers-file.ts';
import { checkAncestors, routesFor, SITE_ENTRIES } from '../deploy/headers.ts';
import { precompressFolder } from '../deploy/precompress.ts';

export const HEADERS_FILE = '_headers';

/** Names at the build's root that no route or site entry covers, so that no header rule would reach them. */
export async function uncoveredEntries(outDir: string): Promise<string[]> {
  const known = new Set<string>([...SITE_ENTRIES, ...routesFor().map((r) => r.folder), HEADERS_FILE]);
  const entries = await readdir(outDir, { withFileTypes: true });
  return entries
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .filter((name) => !known.has(name) && !/\.(br|gz)$/.test(name))
    .sort();
}

export function hostFiles({ embedAncestors }: { embedAncestors?: string } = {}): Plugin {
  // Checked before anything is built, so that a wrong list fails at once.
  if (embedAncestors !== undefined) checkAncestors(embedAncestors);
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'report-atlas-host-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    async closeBundle() {
      const uncovered = await uncoveredEntries(outDir);
      if (uncovered.length > 0) {
        throw new Error(`The build wrote ${uncovered.join(', ')} at its root, which no header rule covers: add each to SITE_ENTRIES in deploy/headers.ts.`);
      }
      await writeFile(join(outDir, HEADERS_FILE), headersFile({ base, embedAncestors }));
      await precompressFolder(outDir);
    },
  };
}
