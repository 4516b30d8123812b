// The extract command: one article file in, its body's country mentions out as JSON.
import { isAbsolute, resolve } from 'node:path';
import { extractMentions } from './extract-article.ts';
import { findListed, readListedArticles, type ListedArticle } from './listed-articles.ts';
import { readTextFile } from './read-text-file.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths start from. */
  cwd: string;
}

export const USAGE = 'usage: npm run --silent extract -- <article.txt>';

/** Runs the command and returns its exit code. */
export function runExtract(args: readonly string[], io: CliIo, dataDir: string): number {
  const fail = (message: string) => {
    io.stderr(`extract: ${message}\n`);
    return message === USAGE ? 2 : 1;
  };
  const [arg, ...rest] = args;
  if (arg === undefined || arg === '' || rest.length > 0) return fail(USAGE);
  const path = isAbsolute(arg) ? arg : resolve(io.cwd, arg);

  const read = readTextFile(path);
  if (!read.ok) return fail(read.error);

  let listed: ListedArticle | undefined;
  try {
    listed = findListed(readListedArticles(dataDir, io.cwd), path);
  } catch (error) {
    return fail((error as Error).message);
  }
  const result = extractMentions(read.text, listed ?? null);
  if (!result.ok) return fail(result.error);
  io.stdout(`${JSON.stringify({ mentions: result.mentions }, null, 2)}\n`);
  return 0;
}
