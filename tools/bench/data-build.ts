// Times the data build (verify the folder, then make the summary, quote files and downloads),
// the same code the Vite plugin runs before every build.
import { buildAtlasData } from '../../pipeline/build-atlas-data.ts';
import type { CountryInfo } from '../../src/content/types.ts';
import { spread, type Spread } from './stats.ts';

export interface DataBuildTiming {
  label: string;
  articles: number;
  claims: number;
  ms: Spread;
  /** Median time per claim, in µs: flat when the build is linear. */
  usPerClaim: number;
}

export function timeDataBuild(label: string, dataDir: string, countries: readonly CountryInfo[], runs: number): DataBuildTiming {
  const times: number[] = [];
  let size = { articles: 0, claims: 0 };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const built = buildAtlasData(dataDir, countries);
    times.push(performance.now() - started);
    size = { articles: built.content.articles.length, claims: built.content.claims.length };
  }
  const ms = spread(times);
  return { label, ...size, ms, usPerClaim: (ms.median * 1000) / Math.max(1, size.claims) };
}
