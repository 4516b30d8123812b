// The synthetic corpus the "editions" project builds from: many reports over time, few enough
// quotes to build quickly. Specs read it from where it is written, to compare the page with it.

export const EDITIONS_CORPUS = { articles: 24, claims: 600, reports: 8 } as const;

/** The corpus's folder for a suite whose main build goes to `outDir`. */
export const editionsDataDir = (outDir: string): string => `${outDir}-editions-data`;
