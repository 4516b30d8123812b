// The data build: verify a data folder, then make everything the site serves from it.
import type { Content, CountryInfo } from '../src/content/types.ts';
import { atlasOutputs, type AtlasOutputs } from './atlas-outputs.ts';
import { loadDataDir } from './load-data-dir.ts';
import { DataError } from './problems.ts';

export interface AtlasData extends AtlasOutputs {
  content: Content;
  texts: Record<string, string>;
}

/** Throws a DataError listing every problem when the folder does not verify. */
export function buildAtlasData(dataDir: string, countries: readonly CountryInfo[]): AtlasData {
  const result = loadDataDir(dataDir, countries);
  if (!result.ok) throw new DataError(result.problems);
  return { content: result.content, texts: result.texts, ...atlasOutputs(result.content, result.texts) };
}
