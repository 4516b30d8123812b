// The verified content that the app ships: what the build hands to the UI.

export const CLAIM_KINDS = ['operates-from', 'hosts-fronts', 'activity-share', 'subject', 'context'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds that name a country as a place of North Korean activity; they colour the map. */
export const ACTIVITY_KINDS: readonly ClaimKind[] = ['operates-from', 'hosts-fronts', 'activity-share'];

export type Speaker =
  | { type: 'report'; report: string }
  | { type: 'official'; name: string; role: string; citing?: string }
  | { type: 'reporter'; citing?: string; relaying?: string };

export interface Report {
  id: string;
  publisher: string;
  origin: string;
  title: string;
  /** An ISO date: reports in date order are the editions the atlas compares. */
  published: string;
  url: string | null;
}

export interface Article {
  id: string;
  publisher: string;
  headline: string | null;
  url: string;
  published: string | null;
  publishedInferred?: boolean;
  publishedNote?: string;
  reportsOn: string[];
  /** The article body inside the text, in UTF-16 units; all else is page furniture. */
  bodyStart: number;
  bodyEnd: number;
}

export interface Claim {
  id: string;
  country: string;
  article: string;
  kind: ClaimKind;
  speaker: Speaker;
  quote: string;
  /** The report the claim comes from: the one its speaker names, or else the one its article covers. */
  report: string;
  /** Offsets into the article text, in UTF-16 units (as JavaScript strings count); end exclusive. */
  start: number;
  end: number;
  note?: string;
}

export interface CountryInfo {
  iso3: string;
  iso2: string | null;
  name: string;
  aliases: string[];
  /** Whether the 110m world map draws this country; small states are listed but not drawn. */
  onMap: boolean;
}

export interface Content {
  articles: Article[];
  reports: Report[];
  claims: Claim[];
  countries: CountryInfo[];
}

/** The kinds of speaker the filter can narrow the quotes to. */
export const SPEAKER_TYPES = ['report', 'official', 'reporter'] as const;
export type SpeakerType = (typeof SPEAKER_TYPES)[number];

/** One country's quotes, with the articles they come from: loaded when the country is opened. */
export interface CountryQuotes {
  iso3: string;
  /** In reading order: strongest kind first, then by article date. */
  claims: Claim[];
  articles: Article[];
}
