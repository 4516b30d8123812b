// `npm run --silent extract -- <article.txt>`: prints the country mentions in an article's body as JSON.
import { runExtract } from '../pipeline/extract/cli.ts';
import { DEFAULT_DATA_DIR, terminalOutput } from './command-line.ts';

process.exitCode = runExtract(process.argv.slice(2), terminalOutput(), DEFAULT_DATA_DIR);
