// The one schema of each data file: sources.json, claims.json and not-claims.json. The build's
// verification and the extractor's completeness check both read the files through these.
import { z } from 'zod';
import { CLAIM_KINDS } from '../src/content/types.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const isoDate = z.iso.date();
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const text = z.string().trim().min(1, 'must not be empty');
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals');

export const reportSchema = z.strictObject({
  id,
  publisher: text,
  /** The organisation behind the report: reports with one origin are one primary source, however many outlets repeat them. */
  origin: text,
  title: text,
  /** Every report is dated: the dates put the editions of a report in order. */
  published: isoDate,
  url: httpsUrl.nullable(),
});

export const articleSchema = z.strictObject({
  id,
  file: z.string().regex(/^[\w./-]+\.txt$/, 'must be a .txt path inside the data folder'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  publisher: text,
  headline: text.nullable(),
  url: httpsUrl,
  published: isoDate.nullable(),
  /** True when the date is worked out from the text rather than stated by the publisher. */
  publishedInferred: z.boolean().optional(),
  publishedNote: z.string().optional(),
  reportsOn: z.array(id).min(1, 'must name at least one report'),
  body: z.strictObject({
    // The body starts after the first occurrence of `after` and ends before `before`;
    // null means the start or the end of the text.
    after: z.string().min(1).nullable(),
    before: z.string().min(1).nullable(),
    furniture: z.string().optional(),
  }),
});

export const speakerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report'), report: id }),
  // `citing` names the report an official speaks of, where the article covers more than one.
  z.strictObject({ type: z.literal('official'), name: text, role: text, citing: id.optional() }),
  // The reporter's own words; `citing` names the report they paraphrase, `relaying` the person whose words they pass on.
  z.strictObject({ type: z.literal('reporter'), citing: id.optional(), relaying: text.optional() }),
]);

export const claimSchema = z.strictObject({
  id,
  country: countryCode,
  article: id,
  kind: z.enum(CLAIM_KINDS),
  speaker: speakerSchema,
  quote: z.string().min(1, 'must not be empty'),
  start: z.int().nonnegative(),
  note: z.string().optional(),
});

/** A mention in an article body that a person has read and judged not to be a claim. */
export const notClaimSchema = z.strictObject({
  article: text,
  country: countryCode,
  /** The mention exactly as the body writes it. */
  text,
  reason: text,
});

// Each file is checked as a whole first, then item by item, so that every bad item is named.
export const sourcesFileSchema = z.strictObject({
  about: z.string().optional(),
  articles: z.array(z.unknown()),
  reports: z.array(z.unknown()),
});

export const claimsFileSchema = z.strictObject({
  about: z.string().optional(),
  claims: z.array(z.unknown()),
});

export const notClaimsFileSchema = z.strictObject({
  about: text,
  notClaims: z.array(z.unknown()),
});

export type RawArticle = z.infer<typeof articleSchema>;
export type RawReport = z.infer<typeof reportSchema>;
export type RawClaim = z.infer<typeof claimSchema>;
export type NotClaim = z.infer<typeof notClaimSchema>;
