// What the curation view saves through the development server: a claim or a not-claim added to (or
// a claim replaced in) claims.json or not-claims.json. Each save is checked item by item against the
// data's schema, then the whole folder is verified as the build verifies it, with the change in place;
// only a change that passes is written, atomically, in the files' own formatting. Each save reads the
// file afresh, checks and writes it in one synchronous step, which nothing else in the development
// server can interrupt, so that two tabs saving at once never lose a claim. A not-claim must match a
// mention of its article, once: the build's completeness check would refuse one that matches none.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import type { ZodType } from 'zod';
import { SAVABLE_FILES, type Problem, type SavableFile, type SaveRequest, type SaveResult } from '../../src/content/curation.ts';
import type { CountryInfo } from '../../src/content/types.ts';
import { extractMentions } from '../extract/extract-article.ts';
import { readListedArticles } from '../extract/listed-articles.ts';
import { loadDataDir } from '../load-data-dir.ts';
import { claimSchema, notClaimSchema, type NotClaim } from '../schema.ts';
import { writeAtomically } from '../write-atomically.ts';

/** The files the curation view may write, each with its list and the schema of an item. */
const SAVABLE: Record<SavableFile, { list: string; schema: ZodType }> = {
  'claims.json': { list: 'claims', schema: claimSchema },
  'not-claims.json': { list: 'notClaims', schema: notClaimSchema },
};

/** A file the data folder does not have yet, as the first save makes it. */
const FRESH: Record<SavableFile, Record<string, unknown>> = {
  'claims.json': { claims: [] },
  'not-claims.json': { about: 'Country mentions in article bodies that are not claims about that country, each with the reason a person judged so.', notClaims: [] },
};


/** The file a request names, if it is one the curation view may write; anything else, outside the data folder above all, is refused. */
export function savableFile(dataDir: string, file: unknown): SavableFile | null {
  if (typeof file !== 'string' || file === '') return null;
  const inside = relative(dataDir, normalize(join(dataDir, file)));
  if (inside.startsWith('..') || inside.includes(sep) || inside !== file) return null;
  return (SAVABLE_FILES as readonly string[]).includes(inside) ? (inside as SavableFile) : null;
}

const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

const sameNotClaim = (a: NotClaim, b: NotClaim) => a.article === b.article && a.country === b.country && a.text === b.text;

/** Why a not-claim cannot be added: it is there already, or no mention of its article has its country and words. */
function notClaimProblem(dataDir: string, items: readonly unknown[], notClaim: NotClaim): Problem | null {
  const at = { file: 'not-claims.json', id: notClaim.article };
  if (items.some((n) => sameNotClaim(n as NotClaim, notClaim))) return { ...at, message: `${notClaim.country} “${notClaim.text}” is marked as not a claim already` };
  const listed = readListedArticles(dataDir).find((l) => l.id === notClaim.article);
  const found = listed ? extractMentions(readFileSync(listed.path, 'utf8'), listed) : null;
  if (found?.ok && found.mentions.some((m) => m.country === notClaim.country && m.text === notClaim.text)) return null;
  return { ...at, field: 'text', message: `no mention of ${notClaim.country} as “${notClaim.text}” is in the article’s body: the build would refuse this entry as matching no mention` };
}

export interface CurationStore {
  save(request: SaveRequest): SaveResult;
}

export function curationStore(dataDir: string, countries: readonly CountryInfo[]): CurationStore {
  const save = ({ file, item, replaces }: SaveRequest): SaveResult => {
    const name = savableFile(dataDir, file);
    if (name === null) {
      return { ok: false, status: 400, problems: [{ file: String(file), message: 'only claims.json and not-claims.json in the data folder can be saved from the curation view' }] };
    }
    const { list, schema } = SAVABLE[name];
    const checked = schema.safeParse(item);
    if (!checked.success) {
      const id = idOf(item);
      return {
        ok: false,
        status: 400,
        problems: checked.error.issues.map((issue) => ({ file: name, id: typeof id === 'string' ? id : undefined, field: issue.path.join('.') || undefined, message: issue.message })),
      };
    }
    const path = join(dataDir, name);
    const json = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : { ...FRESH[name] };
    const items = Array.isArray(json[list]) ? [...(json[list] as unknown[])] : [];
    const id = idOf(checked.data);
    if (name === 'claims.json') {
      const at = items.findIndex((c) => idOf(c) === (replaces ?? id));
      if (replaces !== undefined && at < 0) return { ok: false, status: 409, problems: [{ file: name, id: replaces, message: 'no claim has this id any more: reload the article' }] };
      if (replaces === undefined && at >= 0) return { ok: false, status: 409, problems: [{ file: name, id: String(id), message: 'a claim with this id exists already' }] };
      if (replaces !== undefined && id !== replaces && items.some((c) => idOf(c) === id)) {
        return { ok: false, status: 409, problems: [{ file: name, id: String(id), message: 'a claim with this id exists already' }] };
      }
      if (at >= 0) items[at] = checked.data;
      else items.push(checked.data);
    } else {
      const problem = notClaimProblem(dataDir, items, checked.data as NotClaim);
      if (problem) return { ok: false, status: problem.field ? 422 : 409, problems: [problem] };
      items.push(checked.data);
    }
    const next = { ...json, [list]: items };
    // The whole folder, verified as the build would verify it with the change made.
    const verified = loadDataDir(dataDir, countries, process.cwd(), name === 'claims.json' ? { claims: next } : { notClaims: next });
    if (!verified.ok) return { ok: false, status: 422, problems: verified.problems };
    writeAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
    return { ok: true, saved: items.length };
  };
  return { save };
}
