// Builds the reference page and gives it the same data the atlas shows: the world-atlas
// topology as published, each country's colour, and each country's name and quotes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { countryRecords } from '../../pipeline/countries/country-records.ts';
import type { ContentIndex } from '../../src/content/content-index.ts';
import { speakerLabel } from '../../src/content/labels.ts';
import { makeChoropleth } from '../../src/state/choropleth.ts';
import { paintValue } from '../../src/state/choropleth-patterns.ts';
import { readTokens } from '../../src/styles/read-tokens.ts';

const require = createRequire(import.meta.url);
// The atlas's own colours, as its exports use them.
const LIGHT = readTokens(readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8')).light;
// Patterns need <defs> the plain page does not have; a flat colour stands in for them.
const flat = (fill: string) => (fill.startsWith('url(') ? '#b9a3c9' : fill);

export async function buildReference(index: ContentIndex, outDir: string): Promise<void> {
  const out = resolve(outDir);
  await build({ root: resolve(import.meta.dirname, 'reference'), configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  copyFileSync(require.resolve('world-atlas/countries-110m.json'), join(out, 'world.json'));
  const drawn = (iso3: string) => index.countries.get(iso3)?.onMap ?? false;
  const choropleth = makeChoropleth(index.summaries.values(), index.content.articles.length, drawn);
  const fills: Record<string, { iso3: string; fill: string }> = {};
  // The reference page draws world-atlas as published, whose features carry ISO numeric ids.
  const numericOf = new Map(countryRecords().map((r) => [r.iso3, r.numeric]));
  for (const country of index.content.countries) {
    const numeric = numericOf.get(country.iso3);
    if (numeric) fills[numeric] = { iso3: country.iso3, fill: flat(paintValue(choropleth.fillOf(index.summaries.get(country.iso3)), LIGHT)) };
  }
  writeFileSync(join(out, 'fills.json'), JSON.stringify(fills));
  mkdirSync(join(out, 'quotes'), { recursive: true });
  for (const [iso3, claims] of index.claimsByCountry) {
    const quotes = claims.map((c) => {
      const article = index.articles.get(c.article);
      return { quote: c.quote, speaker: speakerLabel(c.speaker, index.reports), publisher: article?.publisher ?? '', url: article?.url ?? '' };
    });
    // Headed with the country's name, as the atlas's panel is.
    const name = index.countries.get(iso3)?.name ?? iso3;
    writeFileSync(join(out, 'quotes', `${iso3}.json`), JSON.stringify({ name, quotes }));
  }
}
