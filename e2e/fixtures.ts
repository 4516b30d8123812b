import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { AtlasPage } from './pages/atlas-page.ts';

interface Fixtures {
  atlas: AtlasPage;
  /** Console messages and failed requests a test causes on purpose (an injected failure); any other still fails it. */
  expectedConsole: RegExp | null;
  /** Console errors and warnings, page errors, failed and foreign requests; any one fails the test. */
  problems: string[];
}

export const test = base.extend<Fixtures>({
  expectedConsole: [null, { option: true }],
  problems: [
    async ({ page, baseURL, expectedConsole }, use) => {
      const problems: string[] = [];
      // Any Content-Security-Policy violation is reported as a console error, and so fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
      });
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (m) => {
        // Playwright's own word when it blocks the offline cache for a test, not the page's.
        if (m.text() === 'Service Worker registration blocked by Playwright') return;
        if ((m.type() === 'error' || m.type() === 'warning') && !expectedConsole?.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => {
        if (!expectedConsole?.test(e.message)) problems.push(`page error: ${e.message}`);
      });
      page.on('requestfailed', (r) => {
        const error = r.failure()?.errorText;
        // A navigation cancels requests still in flight (ERR_ABORTED); the request itself did not fail.
        const message = `request failed: ${r.url()} (${error})`;
        if (error !== 'net::ERR_ABORTED' && !expectedConsole?.test(message)) problems.push(message);
      });
      page.on('response', (r) => {
        const message = `HTTP ${r.status()}: ${r.url()}`;
        if (r.status() >= 400 && !expectedConsole?.test(message)) problems.push(message);
      });
      page.on('request', (r) => {
        const url = r.url();
        // Files the page makes itself (blob: of this origin, data:) never leave the machine.
        const local = url.startsWith(origin) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
        if (!local) problems.push(`request to another origin: ${url}`);
      });
      await use(problems);
      expect(problems, 'the page logged errors or made failed or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  // The built page shows a prerendered map before its script runs; a test starts once the app has taken over.
  page: async ({ page }, use) => {
    const ready = () => page.waitForFunction(() => !document.getElementById('root') || document.documentElement.dataset.atlas === 'ready');
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await ready();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await ready();
      return response;
    };
    await use(page);
  },
  atlas: async ({ page }, use) => {
    await use(new AtlasPage(page));
  },
});

export { expect };

interface ClaimRow {
  id: string;
  country: string;
  article: string;
  quote: string;
  start: number;
  kind: string;
  speaker: { type: 'report' | 'reporter' | 'official'; name?: string; role?: string; report?: string; citing?: string };
}
interface ArticleRow {
  id: string;
  publisher: string;
  url: string;
  reportsOn: string[];
}

/** The curated data, read as a test fixture to compare the page against. */
export const DATA = {
  claims: (JSON.parse(readFileSync('data/claims.json', 'utf8')) as { claims: ClaimRow[] }).claims,
  articles: (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { articles: ArticleRow[] }).articles,
  reports: (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { reports: { id: string }[] }).reports.map((r) => r.id),
};

/** Countries of the 110m topology, as world-atlas ships it. */
export const TOPOLOGY_FEATURES = (
  JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as { objects: { countries: { geometries: unknown[] } } }
).objects.countries.geometries.length;
