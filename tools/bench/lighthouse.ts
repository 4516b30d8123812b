// Lighthouse's performance category for one page, in a Chromium of its own launched for the run,
// with the mobile preset (its default) or the desktop one.
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { findChromium } from '../browser/find-chromium.ts';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  /** The performance score, 0–100; null when Lighthouse could not score the page. */
  score: number | null;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Lighthouse's own measure of how fast the machine was during the run (higher is faster). */
  benchmarkIndex: number | null;
  /** Lighthouse's warnings and any error that kept it from measuring. */
  warnings: string[];
  lighthouseVersion: string;
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;

/** The figures of one report; a metric Lighthouse could not measure is NaN. */
export function runOf(lhr: Pick<Result, 'categories' | 'audits' | 'runWarnings' | 'runtimeError' | 'environment' | 'lighthouseVersion'>): LighthouseRun {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = lhr.categories.performance?.score;
  const metrics = Object.fromEntries(Object.entries(AUDITS).map(([key, id]) => [key, metric(id)])) as Record<keyof typeof AUDITS, number>;
  return {
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    ...metrics,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings.map(String)],
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** Runs Lighthouse once on `url`: performance only, in a fresh headless Chromium closed afterwards. */
export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    return runOf(result.lhr);
  } finally {
    chrome.kill();
  }
}
