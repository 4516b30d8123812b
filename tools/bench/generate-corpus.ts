// `npx tsx tools/bench/generate-corpus.ts [--articles 1000] [--claims 20000] [--reports 3] [--seed 1] [--out bench-results/corpus-large]`
// Writes a synthetic data folder for timing the build: ATLAS_DATA_DIR=<out> npm run build.
import { parseArgs } from 'node:util';
import { makeCountryTable, readWorldAtlas } from '../../pipeline/world.ts';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './corpus.ts';

const DEFAULTS = { articles: 1000, claims: 20000, reports: 3, out: 'bench-results/corpus-large' };

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${JSON.stringify(value)}`);
  return n;
}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      claims: { type: 'string' },
      reports: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  return {
    articles: wholeNumber('articles', values.articles, DEFAULTS.articles),
    claims: wholeNumber('claims', values.claims, DEFAULTS.claims),
    reports: wholeNumber('reports', values.reports, DEFAULTS.reports),
    seed: wholeNumber('seed', values.seed, DEFAULT_SEED),
    out: values.out ?? DEFAULTS.out,
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function main() {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const countries = makeCountryTable(readWorldAtlas('110m'));
  const { files } = generateCorpus(options, countries);
  const generated = performance.now();
  writeCorpus(options.out, files);
  const written = performance.now();

  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(2)} s`;
  console.log(
    `Wrote ${options.articles} articles and ${options.claims} claims on ${options.reports} reports (seed ${options.seed}) to ${options.out}: ` +
      `${Object.keys(files).length} files, ${megabytes(bytes)}.`,
  );
  console.log(`Took ${seconds(started, written)}: ${seconds(started, generated)} to generate, ${seconds(generated, written)} to write.`);
  console.log(`Build from it with: ATLAS_DATA_DIR=${options.out} npm run build`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
