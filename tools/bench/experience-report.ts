// The tables of what a person feels: the first click answered, beside the reference page's, and
// Lighthouse's figures for the overview and a country page.
import { firstClickBudget, firstClickKey, firstClickRatio, lighthouseKey, PAGE_KINDS, type Build, type ExperienceResult, type FirstClickFigures, type LighthouseFigures, type PageKind } from './experience.ts';
import type { Preset } from './lighthouse.ts';
import { passOrFail, showRatio, table } from './report.ts';
import type { Spread } from './stats.ts';

const PRESETS: readonly Preset[] = ['mobile', 'desktop'];
const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const wholeSpread = (s: Spread) => `${whole(s.median)} (${whole(s.min)}–${whole(s.max)})`;
const clsSpread = (s: Spread) => `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;
const code = (path: string) => `\`${path}\``;
const clickSpread = (f: FirstClickFigures) => (f.ms ? wholeSpread(f.ms) : 'none answered');
const eachVisit = (f: FirstClickFigures) => f.each.map((ms) => (ms === null ? 'none' : whole(ms))).join(', ');

function pageLabel(e: ExperienceResult, corpus: string, kind: PageKind, build: Build): string {
  if (kind === 'overview') return `Overview ${code('/')}`;
  const pages = e.pages[corpus]!;
  return `${pages.pageCountry.name} page ${code(pages.countryPage[build] ?? '?')}`;
}

/** One row per page of each build of the atlas, the reference's figures beside it. */
export function firstClickTable(e: ExperienceResult, corpus: string, builds: { build: Build; label: string }[]): string {
  const head = ['Page', 'Clicking', 'Build', 'ms', 'Reference (its overview), ms', '÷ reference', '≤ 1.0×', 'Each visit, ms', 'Reference, each visit'];
  const rows = PAGE_KINDS.flatMap((kind) => {
    const reference = e.figures.firstClick[firstClickKey('reference', corpus, kind)];
    const clicking = kind === 'overview' ? e.pages[corpus]!.overviewClick : e.pages[corpus]!.countryClick;
    return builds.flatMap(({ build, label }) => {
      const f = e.figures.firstClick[firstClickKey(build, corpus, kind)];
      if (!f || !reference) return [];
      const notes = [...(f.followedLink ? [`${f.followedLink} followed a link`] : []), ...(f.unanswered ? [`${f.unanswered} not answered in 30 s`] : [])];
      return [
        [
          pageLabel(e, corpus, kind, build),
          clicking.name,
          label,
          clickSpread(f),
          clickSpread(reference),
          showRatio(firstClickRatio(f, reference)),
          passOrFail(firstClickBudget(corpus, kind, f, reference)),
          [eachVisit(f), ...notes].join('; '),
          eachVisit(reference),
        ],
      ];
    });
  });
  return table([head, ...rows]);
}

const lighthouseCells = (f: LighthouseFigures) => [
  f.score ? wholeSpread(f.score) : 'not scored',
  wholeSpread(f.fcpMs),
  wholeSpread(f.lcpMs),
  wholeSpread(f.tbtMs),
  clsSpread(f.cls),
  wholeSpread(f.speedIndexMs),
];

/** One row per build, page and preset measured. */
export function lighthouseTable(e: ExperienceResult, corpus: string, builds: { build: Build; label: string }[]): string {
  const head = ['Page', 'Build', 'Preset', 'Score', 'FCP, ms', 'LCP, ms', 'TBT, ms', 'CLS', 'Speed Index, ms'];
  const rows = builds.flatMap(({ build, label }) =>
    PAGE_KINDS.flatMap((kind) =>
      PRESETS.flatMap((preset) => {
        const f = e.figures.lighthouse[lighthouseKey(build, corpus, kind, preset)];
        return f ? [[pageLabel(e, corpus, kind, build), label, preset, ...lighthouseCells(f)]] : [];
      }),
    ),
  );
  return table([head, ...rows]);
}

export function printExperience(e: ExperienceResult, compareLabel: string | null, lighthouseVersion: string): void {
  const builds: { build: Build; label: string }[] = [{ build: 'app', label: 'Atlas' }, ...(compareLabel ? [{ build: 'compare' as const, label: compareLabel }] : [])];
  console.log('First click answered: from navigation, the country is clicked as soon as the map is drawn, and every 50 ms after,');
  console.log('until its panel shows with quotes; ms to the paint of that frame, median (min–max). The reference has no country');
  console.log('pages: the atlas’s country page is set beside the reference’s overview, clicking the same country.\n');
  for (const corpus of Object.keys(e.pages)) {
    console.log(`${corpus} corpus`);
    console.log(`${firstClickTable(e, corpus, builds)}\n`);
  }
  console.log(`Lighthouse ${lighthouseVersion}, performance only (simulated throttling: mobile is its default, desktop its desktop preset); median (min–max)\n`);
  for (const corpus of Object.keys(e.pages)) {
    console.log(`${corpus} corpus`);
    console.log(`${lighthouseTable(e, corpus, builds)}\n`);
  }
}
