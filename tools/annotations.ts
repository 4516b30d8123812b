// `npx tsx tools/annotations.ts import <annotations.jsonld> [--data <folder>]`: prints the claims the
// annotations hold, as claims.json is written; `export` prints the claims as W3C Web Annotations.
import { runAnnotations } from '../pipeline/annotations/cli.ts';
import { DEFAULT_DATA_DIR, terminalOutput } from './command-line.ts';

process.exitCode = runAnnotations(process.argv.slice(2), terminalOutput(), DEFAULT_DATA_DIR);
