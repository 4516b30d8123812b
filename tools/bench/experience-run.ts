// The benchmark's measures of what a person feels, for one page in one run: the first click on
// the overview and on a country page, then Lighthouse on both; and which pages those are.
import type { Browser } from '@playwright/test';
import type { ContentIndex } from '../../src/content/content-index.ts';
import { hitPoint } from '../browser/hit-point.ts';
import { COUNTRY_PAGE, countryOfPage, countryPagePath, givenPagePath, queryPage, type SlugOf } from './country-page.ts';
import { firstClickKey, lighthouseKey, PAGE_KINDS, type Build, type CorpusPages, type ExperienceResult } from './experience.ts';
import { firstClick, VIEWPORT, type ClickTarget } from './first-click.ts';
import { runLighthouse, type Preset } from './lighthouse.ts';

interface RankedCorpus {
  name: string;
  index: ContentIndex;
  /** The most quoted country the map draws among those the reports name. */
  clickOn: string;
  /** Every country the map draws with quotes, most quoted first. */
  quoted: readonly string[];
}

/**
 * The country page of each build and the countries clicked. The real corpus's page is the one
 * given (`--country-page`); the large corpus's, its most quoted country's. On the country page
 * the most quoted other country is clicked, since the page's own panel is open already; see
 * `inViewOnPage` for the one actually clicked.
 */
export function pagesOf(corpus: RankedCorpus, dists: Partial<Record<'app' | 'compare', string>>, slugOf: SlugOf | null, realPage: string): CorpusPages {
  const target = (iso3: string): ClickTarget => ({ iso3, name: corpus.index.countries.get(iso3)?.name ?? iso3 });
  const top = corpus.clickOn;
  const pathIn = (dist: string) => (corpus.name === 'real' ? givenPagePath(dist, realPage, queryPage(COUNTRY_PAGE.iso3)) : countryPagePath(dist, target(top), slugOf));
  const countryPage = Object.fromEntries(Object.entries(dists).map(([build, dist]) => [build, pathIn(dist)]));
  const path = countryPage.app as string;
  const pageCountry = path === COUNTRY_PAGE.path ? COUNTRY_PAGE.iso3 : countryOfPage(path, [...corpus.index.countries.values()], slugOf);
  const other = corpus.quoted.find((iso3) => iso3 !== pageCountry);
  if (!pageCountry || !other) throw new Error(`Cannot tell which country ${path} shows, or there is no other to click.`);
  return { countryPage, pageCountry: target(pageCountry), overviewClick: target(top), countryClick: target(other) };
}

// Long enough for the zoom to the page's country, and the finer world it loads, to have run.
const SETTLE_MS = 2000;

/**
 * The first of `candidates` (most quoted first) that can be clicked on the page at `url` once it
 * has settled: a country page zooms to its country, and the countries out of view then cannot be
 * clicked, however early a click on them might have landed. Null when none can.
 */
export async function inViewOnPage(browser: Browser, url: string, candidates: readonly string[]): Promise<string | null> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // tsx keeps function names with a helper that the page does not have; give it one.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    for (const iso3 of candidates) {
      const shape = page.locator(`svg path[data-iso3="${iso3}"]`).first();
      if ((await shape.count()) && (await shape.evaluate(hitPoint, iso3))) return iso3;
    }
    return null;
  } finally {
    await context.close();
  }
}

export interface ExperienceTarget {
  build: Build;
  corpus: string;
  /** The server's address, ending in '/'. */
  url: string;
}

/** Measures `t` once in run `run`, adding each visit and Lighthouse run to `into`; Lighthouse only for builds of the atlas. */
export async function measureExperience(browser: Browser, t: ExperienceTarget, pages: CorpusPages, presets: readonly Preset[], run: number, into: Pick<ExperienceResult, 'firstClicks' | 'lighthouse'>, load1: () => number) {
  const add = <T>(list: Record<string, T[]>, key: string, value: T) => (list[key] = [...(list[key] ?? []), value]);
  // The reference has no country pages: its overview stands beside them, clicking the same country.
  const pathOf = (kind: (typeof PAGE_KINDS)[number]) => (kind === 'overview' || t.build === 'reference' ? '/' : (pages.countryPage[t.build] as string));
  for (const kind of PAGE_KINDS) {
    const at = load1();
    const clicked = await firstClick(browser, new URL(pathOf(kind), t.url).href, kind === 'overview' ? pages.overviewClick : pages.countryClick);
    add(into.firstClicks, firstClickKey(t.build, t.corpus, kind), { run, load1: at, ...clicked });
  }
  if (t.build === 'reference') return;
  for (const kind of PAGE_KINDS) {
    for (const preset of presets) {
      const at = load1();
      add(into.lighthouse, lighthouseKey(t.build, t.corpus, kind, preset), { run, load1: at, ...(await runLighthouse(new URL(pathOf(kind), t.url).href, preset)) });
    }
  }
}
