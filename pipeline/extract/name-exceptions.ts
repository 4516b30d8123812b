// The explicit exceptions to the names world-countries gives: kept here, with reasons, rather than guessed at.
import type { NameEntry } from './types.ts';

/** Two-letter codes are mostly ordinary words or too ambiguous in prose (IN, IT, IS, NO, ME …); these few are not. */
export const TWO_LETTER_ABBREVIATIONS: ReadonlySet<string> = new Set(['US', 'UK', 'NZ']);

/** Alternative spellings from world-countries that mean something else in English prose. */
export const SKIPPED_ALIASES: ReadonlySet<string> = new Set([
  'Island', // ISL: Icelandic for Iceland, but an ordinary word in "Christmas Island", "Norfolk Island" …
  'Mann', // IMN: a common surname
  'Prathet', // THA: Thai for "country"
  'RSA', // ZAF: in security news, the company or the cipher
  'Guiana', // GUF: also the whole Guiana region and former British Guiana (Guyana)
  'Timor', // TLS: the island, half of which is Indonesian
]);

/** Well-known spellings world-countries does not list. */
export const EXTRA_NAMES: readonly NameEntry[] = [
  { name: 'U.S.', country: 'USA' },
  { name: 'U.S.A.', country: 'USA' },
  { name: 'America', country: 'USA' },
  { name: 'U.K.', country: 'GBR' },
  { name: 'Britain', country: 'GBR' },
  { name: 'Briton', country: 'GBR' },
  { name: 'Britons', country: 'GBR' },
  { name: 'Northern Ireland', country: 'GBR' },
  { name: 'U.A.E.', country: 'ARE' },
  { name: 'PRC', country: 'CHN' },
  { name: 'ROK', country: 'KOR' },
  { name: 'Czech Republic', country: 'CZE' },
];

/**
 * Phrases that contain a country's name or demonym but do not name a country. Matching them
 * (as the longest name at their position) and reporting nothing keeps the shorter name inside
 * them from being reported.
 */
export const NOT_A_COUNTRY: readonly string[] = [
  // Plain "Korea" could be either Korea (or the peninsula); these articles write "North Korea"
  // when they mean the DPRK, so a bare "Korea" is left for a person to read, not guessed at.
  'Korea',
  'Korean',
  'Koreans',
  'Koreas',
  // Republic of the Congo, DR Congo, or the river.
  'Congo',
  // The island, shared by Indonesia and Papua New Guinea.
  'New Guinea',
  'Guinea pig',
  'Guinea pigs',
  // US states.
  'New Jersey',
  'New Mexico',
  // Oceans and regions of the Americas, not the United States or India.
  'Indian Ocean',
  'West Indian',
  'West Indians',
  ...['North', 'South', 'Central', 'Latin'].flatMap((region) => [`${region} America`, `${region} American`, `${region} Americans`]),
];
