// `npm run bench`: builds the atlas and a plain d3 reference page from the real corpus and from
// a large synthetic one, serves each on loopback with gzip, and measures them in headless
// Chromium over interleaved runs. Prints a table and writes the figures to a JSON file.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, type } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildAtlasData } from '../../pipeline/build-atlas-data.ts';
import { makeCountryTable, readWorldAtlas } from '../../pipeline/world.ts';
import { indexContent, type ContentIndex } from '../../src/content/content-index.ts';
import type { CountryInfo } from '../../src/content/types.ts';
import { findChromium } from '../browser/find-chromium.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { timeDataBuild, type DataBuildTiming } from './data-build.ts';
import { budgets, figuresOf } from './figures.ts';
import { visit, type Visit } from './measure.ts';
import { buildReference } from './reference-build.ts';
import { FIGURES, showRatio, showSpread, table } from './report.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { ratio } from './stats.ts';

const OUT = 'bench-results';
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    articles: { type: 'string', default: '1000' },
    claims: { type: 'string', default: '20000' },
    json: { type: 'string', default: `${OUT}/bench.json` },
  },
});
const RUNS = Number(values.runs);
const LARGE = { articles: Number(values.articles), claims: Number(values.claims) };

interface Corpus {
  name: 'real' | 'large';
  dataDir: string;
  index: ContentIndex;
  /** The country clicked: the most quoted one the map draws. */
  clickOn: string;
}

function log(message: string) {
  console.log(`[bench] ${message}`);
}

function makeCorpus(dir: string, size: { articles: number; claims: number }, countries: readonly CountryInfo[]) {
  writeCorpus(dir, generateCorpus(size, countries).files);
}

function loadCorpus(name: Corpus['name'], dataDir: string, countries: readonly CountryInfo[]): Corpus {
  const { content } = buildAtlasData(dataDir, countries);
  const index = indexContent(content);
  const drawn = index.mentioned.filter((s) => s.status === 'named' && index.countries.get(s.iso3)?.onMap);
  const top = [...drawn].sort((a, b) => b.quoteCount - a.quoteCount)[0];
  if (!top) throw new Error(`The ${name} corpus names no country the map draws.`);
  return { name, dataDir, index, clickOn: top.iso3 };
}

function buildApp(dataDir: string, outDir: string) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_DATA_DIR: resolve(dataDir) },
  });
}

async function main() {
  const started = Date.now();
  const countries = makeCountryTable(readWorldAtlas('110m'));
  mkdirSync(OUT, { recursive: true });

  log('generating synthetic corpora (10×, 100× and large)');
  makeCorpus(`${OUT}/corpus-10x`, { articles: 30, claims: 440 }, countries);
  makeCorpus(`${OUT}/corpus-100x`, { articles: 300, claims: 4400 }, countries);
  makeCorpus(`${OUT}/corpus-large`, LARGE, countries);

  log('timing the data build');
  const dataBuild: DataBuildTiming[] = [
    timeDataBuild('real (1×)', 'data', countries, 5),
    timeDataBuild('synthetic 10×', `${OUT}/corpus-10x`, countries, 5),
    timeDataBuild('synthetic 100×', `${OUT}/corpus-100x`, countries, 5),
    timeDataBuild(`synthetic large`, `${OUT}/corpus-large`, countries, 5),
  ];

  const corpora = [loadCorpus('real', 'data', countries), loadCorpus('large', `${OUT}/corpus-large`, countries)];
  const servers: StaticServer[] = [];
  const targets: { page: 'app' | 'reference'; corpus: Corpus; url: string }[] = [];
  for (const corpus of corpora) {
    log(`building the atlas and the reference page for the ${corpus.name} corpus`);
    buildApp(corpus.dataDir, `${OUT}/app-${corpus.name}`);
    await buildReference(corpus.index, `${OUT}/reference-${corpus.name}`);
    for (const page of ['app', 'reference'] as const) {
      const server = await serveStatic(`${OUT}/${page}-${corpus.name}`);
      servers.push(server);
      targets.push({ page, corpus, url: server.url });
    }
  }

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const visits = new Map<string, Visit[]>();
  try {
    // One warm-up visit each, not counted: the first launch of anything is slower.
    for (const t of targets) await visit(browser, t.url, t.corpus.clickOn, 'cold');
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run} of ${RUNS}`);
      // Interleaved, and in a different order each run, so that drift touches every page alike.
      const order = run % 2 ? targets : [...targets].reverse();
      for (const t of order) {
        const key = `${t.page}/${t.corpus.name}`;
        for (const mode of ['cold', 'rested'] as const) visits.set(key, [...(visits.get(key) ?? []), await visit(browser, t.url, t.corpus.clickOn, mode)]);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const browserVersion = (await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] }).then(async (b) => [b.version(), await b.close()][0])) as string;
  await Promise.all(servers.map((s) => s.close()));

  const figures = (page: string) => Object.fromEntries(corpora.map((c) => [c.name, figuresOf(visits.get(`${page}/${c.name}`) ?? [])]));
  const app = figures('app');
  const reference = figures('reference');
  const ratios = Object.fromEntries(
    corpora.map((c) => [c.name, Object.fromEntries(FIGURES.map((f) => [f.key, ratio(app[c.name]![f.key].median, reference[c.name]![f.key].median)]))]),
  );
  const growth = Object.fromEntries(
    (['app', 'reference'] as const).map((p) => {
      const f = p === 'app' ? app : reference;
      return [p, Object.fromEntries(FIGURES.map((x) => [x.key, ratio(f.large![x.key].median, f.real![x.key].median)]))];
    }),
  );
  const result = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: type(), node: process.version, chromium: browserVersion },
    runs: RUNS,
    corpora: Object.fromEntries(corpora.map((c) => [c.name, { articles: c.index.content.articles.length, claims: c.index.content.claims.length, clickedCountry: c.clickOn }])),
    dataBuild,
    app,
    reference,
    ratios,
    growth,
    budgets: budgets(app, reference),
  };
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);

  console.log(`\nReport Atlas benchmark: ${RUNS} interleaved runs; median (min–max)`);
  console.log(`${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, Chromium ${result.machine.chromium}\n`);
  for (const c of corpora) {
    console.log(`${c.name} corpus: ${c.index.content.articles.length} articles, ${c.index.content.claims.length} claims; clicking ${c.clickOn}`);
    const rows = [['Figure', 'Atlas', 'Reference', 'Atlas ÷ reference']];
    for (const f of FIGURES) rows.push([`${f.label}${f.unit ? ` (${f.unit})` : ''}`, showSpread(app[c.name]![f.key]), showSpread(reference[c.name]![f.key]), showRatio(ratios[c.name]![f.key] ?? null)]);
    console.log(`${table(rows)}\n`);
  }
  console.log('Growth from the real corpus to the large one (large ÷ real, medians)');
  console.log(`${table([['Figure', 'Atlas', 'Reference'], ...FIGURES.map((f) => [f.label, showRatio(growth.app![f.key] ?? null), showRatio(growth.reference![f.key] ?? null)])])}\n`);
  console.log('Data build (verify + summary + quote files + downloads), median (min–max) of 5');
  console.log(`${table([['Corpus', 'Articles', 'Claims', 'ms', 'µs per claim'], ...dataBuild.map((d) => [d.label, String(d.articles), String(d.claims), showSpread(d.ms), d.usPerClaim.toFixed(1)])])}\n`);
  console.log('Budgets (targets, not tests)');
  console.log(`${table([['Budget', 'Target', 'Measured', ''], ...result.budgets.map((b) => [b.name, b.target, b.value.toFixed(2), b.met ? 'met' : 'NOT MET'])])}\n`);
  console.log(`Wrote ${values.json} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
