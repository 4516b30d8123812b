// The extractor's spellings, from the one country table.
import { countryRecords } from '../countries/country-records.ts';
import { buildNameTable } from './name-table.ts';
import type { NameEntry } from './types.ts';

export const COUNTRY_NAMES: readonly NameEntry[] = buildNameTable(countryRecords());
