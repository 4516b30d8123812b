// Phrases the extractor must not read as a country: kept here, with reasons, rather than guessed at.
// The spellings themselves, and the aliases the package lacks, are in the one country table
// (pipeline/countries).

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
