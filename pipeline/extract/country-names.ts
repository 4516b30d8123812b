// The name table built from the world-countries package.
import countries from 'world-countries';
import { buildNameTable } from './name-table.ts';
import type { NameEntry } from './types.ts';

export const COUNTRY_NAMES: readonly NameEntry[] = buildNameTable(countries);
