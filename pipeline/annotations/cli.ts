// The annotations command: `import` reads W3C Web Annotations back into claims and prints them as
// claims.json is written, refusing, by id, every annotation whose quote no longer matches its
// article; `export` prints a data folder's claims as annotations, as the build's download has them.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadDataDir } from '../load-data-dir.ts';
import { problemLines } from '../problems.ts';
import { makeCountryTable, readWorldAtlas } from '../world.ts';
import { claimsFromAnnotations } from './annotation-claims.ts';
import { readDataArticles } from './data-articles.ts';
import { countOf } from '../../src/content/plural.ts';
import { toWebAnnotations, toWebAnnotationsJson } from '../../src/content/web-annotations.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths start from. */
  cwd: string;
}

export const USAGE = 'usage: npx tsx tools/annotations.ts import <annotations.jsonld> [--data <folder>]\n       npx tsx tools/annotations.ts export [--data <folder>]';

/** The command's words: what to do, the file for `import`, and the data folder. */
function parseArgs(args: readonly string[], defaultDataDir: string, cwd: string): { command: 'import' | 'export'; file?: string; dataDir: string } | null {
  const [command, ...rest] = args;
  let dataDir = defaultDataDir;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--data') {
      const dir = rest[++i];
      if (dir === undefined || dir === '') return null;
      dataDir = isAbsolute(dir) ? dir : resolve(cwd, dir);
    } else if (arg.startsWith('-') || arg === '') return null;
    else files.push(arg);
  }
  const [file] = files;
  if (command === 'import' && files.length === 1 && file !== undefined) return { command, file: isAbsolute(file) ? file : resolve(cwd, file), dataDir };
  if (command === 'export' && files.length === 0) return { command, dataDir };
  return null;
}

/** Runs the command and returns its exit code: 0 done, 1 refused, 2 not understood. */
export function runAnnotations(args: readonly string[], io: CliIo, defaultDataDir: string): number {
  const fail = (message: string, code = 1) => {
    io.stderr(`annotations: ${message}\n`);
    return code;
  };
  const parsed = parseArgs(args, defaultDataDir, io.cwd);
  if (!parsed) return fail(USAGE, 2);

  if (parsed.command === 'export') {
    const result = loadDataDir(parsed.dataDir, makeCountryTable(readWorldAtlas('110m')), io.cwd);
    if (!result.ok) return fail(`the data does not verify, so nothing was exported:\n${problemLines(result.problems)}`);
    io.stdout(toWebAnnotationsJson(toWebAnnotations(result.content, result.texts)));
    return 0;
  }

  const file = parsed.file as string;
  // Named from where the command was typed, unless it lies outside it.
  const inside = relative(io.cwd, file);
  const label = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON: ${message}` : `cannot be read: ${message}`;
    return fail(`${label}: ${reason}`);
  }
  let data;
  try {
    data = readDataArticles(parsed.dataDir, io.cwd);
  } catch (error) {
    return fail((error as Error).message);
  }
  const result = claimsFromAnnotations({ file: label, json, ...data });
  if (!result.ok) return fail(`${countOf(result.problems.length, 'problem')} in the annotations; nothing was imported:\n${problemLines(result.problems)}`);
  io.stdout(`${JSON.stringify({ claims: result.claims }, null, 2)}\n`);
  return 0;
}
