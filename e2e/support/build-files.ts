import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file a build wrote, as a path below its root ("assets/x.js"); not the compressed copies or the hosts' own file. */
export function buildFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name) && e.name !== '_headers')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
