// What the benchmark writes to its JSON file, and the tables it prints from it.
import type { Comparison } from './compare.ts';
import type { DataBuildTiming } from './data-build.ts';
import type { ExperienceResult } from './experience.ts';
import { printExperience } from './experience-report.ts';
import type { Visit } from './measure.ts';
import { FIGURES, passOrFail, showRatio, showSpread, table, type Budget, type Figure, type PageFigures } from './report.ts';

export interface RunLoad {
  run: number;
  /** The load averages over 1, 5 and 15 minutes as the run started and as it ended. */
  before: number[];
  after: number[];
}

/** One visit as measured, with its run and the machine's load average over the last minute as it began. */
export type RecordedVisit = Visit & { run: number; load1: number };

export interface BenchResult {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string; chromium: string };
  runs: number;
  load: RunLoad[];
  corpora: Record<string, { articles: number; claims: number; clickedCountry: string }>;
  dataBuild: DataBuildTiming[];
  app: Record<string, PageFigures>;
  reference: Record<string, PageFigures>;
  compare: Comparison | null;
  ratios: Record<string, Record<string, number | null>>;
  growth: Record<string, Record<string, number | null>>;
  budgets: Budget[];
  /** The first click answered and Lighthouse, with every visit and run. */
  experience: ExperienceResult;
  lighthouseVersion: string;
  /** Every visit, by page and corpus ("app/large"), in the order of the runs. */
  visits: Record<string, RecordedVisit[]>;
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n) >= 100 ? Math.abs(n).toFixed(0) : Math.abs(n).toFixed(1)}`;
const labelOf = (f: (typeof FIGURES)[number]) => `${f.label}${f.unit ? ` (${f.unit})` : ''}`;

function corpusTable(r: BenchResult, corpus: string): string {
  const app = r.app[corpus]!;
  const ref = r.reference[corpus]!;
  const other = r.compare?.figures[corpus];
  const head = ['Figure', 'Atlas', ...(other ? [r.compare!.label, `${r.compare!.label} − atlas`] : []), 'Reference', 'Atlas ÷ reference'];
  const rows = FIGURES.map((f) => [
    labelOf(f),
    showSpread(app[f.key]),
    ...(other ? [showSpread(other[f.key]), signed(r.compare!.medianDifference[corpus]![f.key])] : []),
    showSpread(ref[f.key]),
    showRatio(r.ratios[corpus]![f.key] ?? null),
  ]);
  return table([head, ...rows]);
}

function pairedTable(c: Comparison, corpus: string): string {
  const paired = c.pairedDifference[corpus]!;
  const rows = (Object.keys(paired) as Figure[]).map((key) => {
    const f = FIGURES.find((x) => x.key === key)!;
    const d = paired[key as keyof typeof paired];
    return [labelOf(f), `${signed(d.median)} (${signed(d.min)} to ${signed(d.max)})`];
  });
  return table([['Figure', `${c.label} − atlas, run by run: median (min to max)`], ...rows]);
}

export function printResult(r: BenchResult): void {
  console.log(`\nReport Atlas benchmark: ${r.runs} interleaved runs; median (min–max)`);
  console.log(`${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, Chromium ${r.machine.chromium}`);
  const starts = r.load.map((l) => l.before[0] ?? 0);
  console.log(`Load average (1 min) as each run started: ${starts.map((l) => l.toFixed(2)).join(', ')}\n`);
  for (const [corpus, c] of Object.entries(r.corpora)) {
    console.log(`${corpus} corpus: ${c.articles} articles, ${c.claims} claims; clicking ${c.clickedCountry}`);
    console.log(`${corpusTable(r, corpus)}\n`);
    if (r.compare) console.log(`${pairedTable(r.compare, corpus)}\n`);
  }
  printExperience(r.experience, r.compare?.label ?? null, r.lighthouseVersion);
  console.log('Growth from the real corpus to the large one (large ÷ real, medians)');
  console.log(`${table([['Figure', 'Atlas', 'Reference'], ...FIGURES.map((f) => [f.label, showRatio(r.growth.app![f.key] ?? null), showRatio(r.growth.reference![f.key] ?? null)])])}\n`);
  console.log('Data build (verify + summary + quote files + downloads), median (min–max) of 5');
  console.log(`${table([['Corpus', 'Articles', 'Claims', 'ms', 'µs per claim'], ...r.dataBuild.map((d) => [d.label, String(d.articles), String(d.claims), showSpread(d.ms), d.usPerClaim.toFixed(1)])])}\n`);
  console.log('Budgets (targets, not tests): medians of the runs, but the hover sweep’s worst visit');
  console.log(`${table([['Budget', 'Target', 'Measured', ''], ...r.budgets.map((b) => [b.name, b.target, b.value.toFixed(2), passOrFail(b)])])}\n`);
}
