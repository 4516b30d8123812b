import { describe, expect, it } from 'vitest';
import { summarise, type ExperienceResult, type Recorded } from './experience.ts';
import { firstClickTable, lighthouseTable } from './experience-report.ts';
import type { FirstClick } from './first-click.ts';
import type { LighthouseRun } from './lighthouse.ts';

const click = (ms: number | null, documents = 1): Recorded<FirstClick> => ({ run: 1, load1: 1, ms, clicksAt: [150], documents, finalUrl: 'http://x/', wallMs: ms && ms + 20 });
const lighthouse = (score: number): Recorded<LighthouseRun> => ({
  run: 1,
  load1: 1,
  score,
  fcpMs: 1762.3,
  lcpMs: 2423.5,
  tbtMs: 150,
  cls: 0.0029,
  speedIndexMs: 4083,
  benchmarkIndex: 900,
  warnings: [],
  lighthouseVersion: '12.2.3',
});

function result(): ExperienceResult {
  const firstClicks = {
    'app/real/overview': [click(400), click(1200, 2), click(380)],
    'reference/real/overview': [click(500), click(520), click(480)],
    'app/real/country': [click(700), click(null), click(660)],
    'reference/real/country': [click(500), click(510), click(490)],
  };
  const runs = { 'app/real/country/mobile': [lighthouse(96), lighthouse(94), lighthouse(97)] };
  return {
    pages: {
      real: {
        countryPage: { app: '/country/new-zealand/' },
        pageCountry: { iso3: 'NZL', name: 'New Zealand' },
        overviewClick: { iso3: 'NZL', name: 'New Zealand' },
        countryClick: { iso3: 'CHN', name: 'China' },
      },
    },
    firstClicks,
    lighthouse: runs,
    figures: summarise(firstClicks, runs),
  };
}

describe('the first click’s table', () => {
  const lines = firstClickTable(result(), 'real', [{ build: 'app', label: 'Atlas' }]).split('\n');

  it('is a markdown table with a head, a rule and a row for each page', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| Page +\| Clicking +\| Build +\| ms +\|/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \|/);
  });

  it('gives the median and range, the ratio to the reference, the budget and each visit', () => {
    expect(lines[2]).toContain('| Overview `/`');
    expect(lines[2]).toContain('| 400 (380–1,200)');
    expect(lines[2]).toContain('| 0.80×');
    expect(lines[2]).toContain('| PASS');
    expect(lines[2]).toContain('| 400, 1,200, 380; 1 followed a link');
  });

  it('names the country page by its path, and fails it when later than the reference, or a visit went unanswered', () => {
    expect(lines[3]).toContain('| New Zealand page `/country/new-zealand/`');
    expect(lines[3]).toContain('| China');
    expect(lines[3]).toContain('| 680 (660–700)');
    expect(lines[3]).toContain('| 1.36×');
    expect(lines[3]).toContain('| FAIL');
    expect(lines[3]).toContain('| 700, none, 660; 1 not answered in 30 s');
  });
});

describe('the Lighthouse table', () => {
  it('has a row for each page and preset run, with whole milliseconds and CLS to three places', () => {
    const lines = lighthouseTable(result(), 'real', [{ build: 'app', label: 'Atlas' }]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/\| New Zealand page `\/country\/new-zealand\/` \| Atlas \| mobile +\| 96 \(94–97\) +\| 1,762 \(1,762–1,762\) \|/);
    expect(lines[2]).toContain('| 0.003 (0.003–0.003)');
  });
});
