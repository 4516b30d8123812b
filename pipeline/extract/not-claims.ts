// The schema of data/not-claims.json: mentions a person has read and judged not to be claims.
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

export const notClaimSchema = z.strictObject({
  article: text,
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals'),
  /** The mention exactly as the body writes it. */
  text,
  reason: text,
});

export const notClaimsFileSchema = z.strictObject({
  about: text,
  notClaims: z.array(notClaimSchema),
});

export type NotClaim = z.infer<typeof notClaimSchema>;
