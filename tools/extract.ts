// `npm run --silent extract -- <article.txt>`: prints the country mentions in an article's body as JSON.
import { join } from 'node:path';
import { runExtract } from '../pipeline/extract/cli.ts';

process.exitCode = runExtract(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // npm runs scripts from the package root; INIT_CWD is where the command was typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  },
  join(import.meta.dirname, '../data'),
);
