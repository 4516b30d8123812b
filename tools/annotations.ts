// `npx tsx tools/annotations.ts import <annotations.jsonld> [--data <folder>]`: prints the claims the
// annotations hold, as claims.json is written; `export` prints the claims as W3C Web Annotations.
import { join } from 'node:path';
import { runAnnotations } from '../pipeline/annotations/cli.ts';

process.exitCode = runAnnotations(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // npm runs scripts from the package root; INIT_CWD is where the command was typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  },
  join(import.meta.dirname, '../data'),
);
