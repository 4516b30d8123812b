// What the curation view (npm run curate) and the development server that serves it exchange: the
// articles with how many of their mentions are handled, one article's text with its mentions, and a
// save with what the build's verification found. The server's side is pipeline/curate/, the view's
// src/curate/; both use these shapes.

/** One thing wrong with the data, precise enough to fix without searching. */
export interface Problem {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

/** What handles a mention: a claim for its article and country, a not-claim for its words, or nothing yet. */
export type Handled = 'claim' | 'not-claim' | null;

/** A place where an article's body names a country, with the sentence a claim's quote starts from. */
export interface CurationMention {
  country: string;
  /** Exactly the article's text from `start` to `end`. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  handled: Handled;
}

export interface CurationArticle {
  id: string;
  publisher: string;
  headline: string | null;
  reportsOn: string[];
  mentions: number;
  handled: number;
}

export interface CurationArticleView extends CurationArticle {
  text: string;
  list: CurationMention[];
  /** The ids of the article's claims, so that a new one gets an id of its own. */
  claimIds: string[];
  error: string | null;
}

export interface CurationState {
  articles: CurationArticle[];
  reports: { id: string; title: string; published: string }[];
  kinds: readonly string[];
}

/** Where the development server answers the curation view. */
export const CURATE_API = '/__curate/api/';

/** The only files the curation view may write, in the data folder. */
export const SAVABLE_FILES = ['claims.json', 'not-claims.json'] as const;
export type SavableFile = (typeof SAVABLE_FILES)[number];

export interface SaveRequest {
  /** The file, below the data folder: one of SAVABLE_FILES (anything else is refused). */
  file: string;
  /** A claim or a not-claim, as the file holds it. */
  item: unknown;
  /** For a claim: the id of the claim it replaces (an adjusted span, another kind), if any. */
  replaces?: string;
}

export type SaveResult = { ok: true; saved: number } | { ok: false; status: number; problems: Problem[] };

/** A problem on one line, naming its file, id and field, as the build names them. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.id === undefined ? null : `id "${p.id}"`, p.field === undefined ? null : `field "${p.field}"`].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}
