// `npm run bench`: builds the atlas and a plain d3 reference page from the real corpus and from
// a large synthetic one, serves each on loopback with brotli, and measures them in headless
// Chromium over interleaved runs: the visits of measure.ts, the first click answered, and
// Lighthouse. Prints tables and writes the figures to a JSON file.
// With --compare DIR, another source folder of the atlas is built too and measured in the same runs.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildAtlasData } from '../../pipeline/build-atlas-data.ts';
import { makeCountryTable, readWorldAtlas } from '../../pipeline/world.ts';
import { indexContent, type ContentIndex } from '../../src/content/content-index.ts';
import type { CountryInfo } from '../../src/content/types.ts';
import { findChromium } from '../browser/find-chromium.ts';
import { medianDifferences, pairedClickDifferences, type Comparison } from './compare.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { COUNTRY_PAGE, loadSlugOf } from './country-page.ts';
import { timeDataBuild, type DataBuildTiming } from './data-build.ts';
import { experienceBudgets, summarise, type CorpusPages, type ExperienceResult } from './experience.ts';
import { inViewOnPage, measureExperience, pagesOf } from './experience-run.ts';
import { budgets, figuresOf } from './figures.ts';
import { firstClick } from './first-click.ts';
import type { Preset } from './lighthouse.ts';
import { visit } from './measure.ts';
import { buildReference } from './reference-build.ts';
import { printResult, type BenchResult, type RecordedVisit, type RunLoad } from './print.ts';
import { FIGURES } from './report.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { ratio } from './stats.ts';

const OUT = 'bench-results';
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    articles: { type: 'string', default: '1000' },
    claims: { type: 'string', default: '20000' },
    json: { type: 'string', default: `${OUT}/bench.json` },
    // Another source folder of the atlas (with its node_modules), built from the same corpora and measured beside it.
    compare: { type: 'string' },
    'compare-label': { type: 'string' },
    // The real corpus's country page; when the build has no such file, the query form of its country.
    'country-page': { type: 'string', default: COUNTRY_PAGE.path },
    // Lighthouse's presets for each corpus ('' for none), at 15–30 s a run; the large corpus's
    // desktop run is left out by default to keep three runs near ten minutes on two cores.
    'lighthouse-real': { type: 'string', default: 'mobile,desktop' },
    'lighthouse-large': { type: 'string', default: 'mobile' },
  },
});
const COMPARE = values.compare === undefined ? null : { source: resolve(values.compare), label: values['compare-label'] ?? basename(resolve(values.compare)) };
if (COMPARE && !existsSync(join(COMPARE.source, 'vite.config.ts'))) throw new Error(`${COMPARE.source} is not a source folder of the atlas (it has no vite.config.ts).`);
const RUNS = Number(values.runs);
const LARGE = { articles: Number(values.articles), claims: Number(values.claims) };
const presetsOf = (list: string) => list.split(',').filter((p): p is Preset => p === 'mobile' || p === 'desktop');
const LIGHTHOUSE: Record<Corpus['name'], Preset[]> = { real: presetsOf(values['lighthouse-real']), large: presetsOf(values['lighthouse-large']) };

interface Corpus {
  name: 'real' | 'large';
  dataDir: string;
  index: ContentIndex;
  /** The country clicked: the most quoted one the map draws. */
  clickOn: string;
  /** Every country the map draws with quotes, whatever its status, most quoted first. */
  quoted: string[];
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
  const quoted = index.mentioned
    .filter((s) => s.quoteCount > 0 && index.countries.get(s.iso3)?.onMap)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .map((s) => s.iso3);
  if (!top || quoted.length < 2) throw new Error(`The ${name} corpus names too few countries the map draws.`);
  return { name, dataDir, index, clickOn: top.iso3, quoted };
}

const sameFiles = (a: string, b: string) => readdirSync(a).sort().join('\n') === readdirSync(b).sort().join('\n');

function buildApp(dataDir: string, outDir: string, source = '.') {
  execFileSync('npx', ['vite', 'build', '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: source,
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
  const targets: { page: 'app' | 'compare' | 'reference'; corpus: Corpus; url: string; server: StaticServer }[] = [];
  const pages: Record<string, CorpusPages> = {};
  const slugOf = await loadSlugOf();
  for (const corpus of corpora) {
    log(`building the atlas and the reference page for the ${corpus.name} corpus`);
    buildApp(corpus.dataDir, `${OUT}/app-${corpus.name}`);
    if (COMPARE) {
      log(`building ${COMPARE.label} (${COMPARE.source}) for the ${corpus.name} corpus`);
      buildApp(corpus.dataDir, `${OUT}/compare-${corpus.name}`, COMPARE.source);
      // File names carry a hash of their content: the same names, the same build, and nothing to compare.
      if (sameFiles(`${OUT}/app-${corpus.name}/assets`, `${OUT}/compare-${corpus.name}/assets`)) throw new Error(`${COMPARE.source} builds the same files as this atlas.`);
    }
    await buildReference(corpus.index, `${OUT}/reference-${corpus.name}`);
    const dists = { app: `${OUT}/app-${corpus.name}`, ...(COMPARE ? { compare: `${OUT}/compare-${corpus.name}` } : {}) };
    pages[corpus.name] = pagesOf(corpus, dists, slugOf, values['country-page']);
    // The atlas and the build it is compared with side by side, so that they see the same load.
    for (const page of COMPARE ? (['app', 'compare', 'reference'] as const) : (['app', 'reference'] as const)) {
      // Every text file is compressed first, as a deploy step would; on the large corpus this takes a while.
      const server = await serveStatic(`${OUT}/${page}-${corpus.name}`);
      servers.push(server);
      targets.push({ page, corpus, url: server.url, server });
    }
  }

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const visits = new Map<string, RecordedVisit[]>();
  const firstClicks: ExperienceResult['firstClicks'] = {};
  const lighthouse: ExperienceResult['lighthouse'] = {};
  // The machine's load averages (1, 5 and 15 min) as each run starts and ends: a shared machine's figures move with them.
  const load: RunLoad[] = [];
  /** Everything measured on one page in one run: two visits, the first click on each page, and Lighthouse. */
  async function measure(t: (typeof targets)[number], run: number) {
    const key = `${t.page}/${t.corpus.name}`;
    const load1 = () => loadavg()[0] ?? 0;
    for (const mode of ['cold', 'rested'] as const) {
      const at = load1();
      visits.set(key, [...(visits.get(key) ?? []), { run, load1: at, ...(await visit(browser, t.url, t.corpus.clickOn, mode, t.server.sizesOf)) }]);
    }
    await measureExperience(browser, { build: t.page, corpus: t.corpus.name, url: t.url }, pages[t.corpus.name]!, LIGHTHOUSE[t.corpus.name], run, { firstClicks, lighthouse }, load1);
  }
  try {
    for (const c of corpora) {
      const p = pages[c.name]!;
      const app = targets.find((t) => t.page === 'app' && t.corpus === c)!;
      const iso3 = await inViewOnPage(browser, new URL(p.countryPage.app!, app.url).href, c.quoted.filter((i) => i !== p.pageCountry.iso3));
      if (iso3) p.countryClick = { iso3, name: c.index.countries.get(iso3)?.name ?? iso3 };
      else log(`no other quoted country is in view on the ${c.name} corpus's country page once it has settled; clicking ${p.countryClick.name}`);
      log(`${c.name} corpus: clicking ${p.overviewClick.name} on the overview, ${p.countryClick.name} on ${p.countryPage.app}`);
    }
    // One warm-up visit each, not counted: the first launch of anything is slower.
    for (const t of targets) {
      await visit(browser, t.url, t.corpus.clickOn, 'cold', t.server.sizesOf);
      await firstClick(browser, t.url, pages[t.corpus.name]!.overviewClick);
    }
    for (let run = 1; run <= RUNS; run++) {
      const before = loadavg();
      log(`run ${run} of ${RUNS} (load averages ${before.map((l) => l.toFixed(2)).join(', ')}; ${((Date.now() - started) / 1000).toFixed(0)} s in)`);
      // Interleaved, and in a different order each run, so that drift touches every page alike.
      const order = run % 2 ? targets : [...targets].reverse();
      for (const t of order) {
        const since = Date.now();
        await measure(t, run);
        log(`  ${t.page}/${t.corpus.name}: ${((Date.now() - since) / 1000).toFixed(0)} s`);
      }
      load.push({ run, before, after: loadavg() });
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const browserVersion = (await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] }).then(async (b) => [b.version(), await b.close()][0])) as string;
  await Promise.all(servers.map((s) => s.close()));

  const visitsTo = (page: string, corpus: Corpus) => visits.get(`${page}/${corpus.name}`) ?? [];
  const figures = (page: string) => Object.fromEntries(corpora.map((c) => [c.name, figuresOf(visitsTo(page, c))]));
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
  const other = COMPARE && figures('compare');
  const compare: Comparison | null = COMPARE && other && {
    ...COMPARE,
    figures: other,
    medianDifference: Object.fromEntries(corpora.map((c) => [c.name, medianDifferences(app[c.name]!, other[c.name]!)])),
    pairedDifference: Object.fromEntries(corpora.map((c) => [c.name, pairedClickDifferences(visitsTo('app', c), visitsTo('compare', c))])),
  };
  const experience: ExperienceResult = { pages, firstClicks, lighthouse, figures: summarise(firstClicks, lighthouse) };
  const lighthouseVersion = Object.values(lighthouse)[0]?.[0]?.lighthouseVersion ?? 'not run';
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: type(), node: process.version, chromium: browserVersion },
    runs: RUNS,
    load,
    corpora: Object.fromEntries(corpora.map((c) => [c.name, { articles: c.index.content.articles.length, claims: c.index.content.claims.length, clickedCountry: c.clickOn }])),
    dataBuild,
    app,
    reference,
    compare,
    ratios,
    growth,
    budgets: [...budgets(app, reference), ...experienceBudgets(experience)],
    experience,
    lighthouseVersion,
    visits: Object.fromEntries(visits),
  };
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);

  printResult(result);
  console.log(`Wrote ${values.json} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // The static servers would keep the process alive.
  process.exit(1);
});
