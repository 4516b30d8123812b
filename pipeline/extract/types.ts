// Shapes shared by the country-mention extractor.

/** A half-open range of UTF-16 offsets into an article's full text. */
export interface Span {
  start: number;
  end: number;
}

/** One place where the text names a country, by name, alias or demonym. */
export interface Mention extends Span {
  /** ISO 3166-1 alpha-3 code, or the atlas's user-assigned code (XKX for Kosovo). */
  country: string;
  /** Exactly `text.slice(start, end)` of the article. */
  text: string;
  /** The trimmed sentence the mention sits in, and where it sits: the quote a claim starts from. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** A spelling the extractor looks for; `country: null` marks a phrase that must not count as any country. */
export interface NameEntry {
  name: string;
  country: string | null;
}
