// Everything the build makes from the verified content: the summary the first view needs,
// one quotes file per country, the id index for deep links, and the downloads.
import { makeTourSteps } from '../src/briefing/tour-steps.ts';
import { indexContent } from '../src/content/content-index.ts';
import { CLAIMS_ANNOTATIONS_PATH, CLAIMS_CSV_PATH, CLAIMS_JSON_PATH, countryQuotesPath, ID_INDEX_PATH } from '../src/content/data-paths.ts';
import { toClaimRows, toCsv, toJson } from '../src/content/claim-rows.ts';
import { makeCountryQuotes, makeIdIndex, makeSummary, type AtlasSummary } from '../src/content/summary.ts';
import type { Content } from '../src/content/types.ts';
import { toWebAnnotations, toWebAnnotationsJson } from '../src/content/web-annotations.ts';

export interface OutputFile {
  type: string;
  source: string;
}

export interface AtlasOutputs {
  summary: AtlasSummary;
  /** Files of the built site, by path: fetched on demand or downloaded. */
  files: Record<string, OutputFile>;
}

const json = (value: unknown): OutputFile => ({ type: 'application/json; charset=utf-8', source: JSON.stringify(value) });

/** `texts` holds each article's full text by article id: the annotations quote from it. */
export function atlasOutputs(content: Content, texts: Readonly<Record<string, string>>): AtlasOutputs {
  const index = indexContent(content);
  const rows = toClaimRows(index);
  const files: Record<string, OutputFile> = {
    [CLAIMS_JSON_PATH]: { type: 'application/json; charset=utf-8', source: toJson(rows) },
    [CLAIMS_CSV_PATH]: { type: 'text/csv; charset=utf-8', source: toCsv(rows) },
    [CLAIMS_ANNOTATIONS_PATH]: { type: 'application/ld+json; charset=utf-8', source: toWebAnnotationsJson(toWebAnnotations(content, texts)) },
    [ID_INDEX_PATH]: json(makeIdIndex(content)),
  };
  for (const [iso3, quotes] of makeCountryQuotes(index)) files[countryQuotesPath(iso3)] = json(quotes);
  return { summary: makeSummary(content, index, makeTourSteps(index).length), files };
}
