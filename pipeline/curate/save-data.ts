// What the curation view saves through the development server: a claim or a not-claim added to (or
// a claim replaced in) claims.json or not-claims.json. Each save is checked item by item against the
// data's schema, then the whole folder is verified as the build verifies it, with the change in place;
// only a change that passes is written, atomically, in the files' own formatting. Each save reads the
// file afresh and writes it in one synchronous step, and saves are queued one after another, so that
// two tabs saving at once through the one development server never lose a claim.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import type { ZodType } from 'zod';
import type { CountryInfo } from '../../src/content/types.ts';
import { loadDataDir } from '../load-data-dir.ts';
import type { SaveRequest, SaveResult } from '../../src/content/curation.ts';
import { claimSchema, notClaimSchema } from '../schema.ts';
import { writeAtomically } from '../write-atomically.ts';

/** The files the curation view may write, each with its list and the schema of an item. */
const SAVABLE = {
  'claims.json': { list: 'claims', schema: claimSchema as ZodType },
  'not-claims.json': { list: 'notClaims', schema: notClaimSchema as ZodType },
} as const;
type SavableFile = keyof typeof SAVABLE;

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
  return inside in SAVABLE ? (inside as SavableFile) : null;
}

const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

export interface CurationStore {
  save(request: SaveRequest): Promise<SaveResult>;
}

export function curationStore(dataDir: string, countries: readonly CountryInfo[]): CurationStore {
  let queue: Promise<unknown> = Promise.resolve();
  const saveNow = ({ file, item, replaces }: SaveRequest): SaveResult => {
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
      items.push(checked.data);
    }
    const next = { ...json, [list]: items };
    // The whole folder, verified as the build would verify it with the change made.
    const verified = loadDataDir(dataDir, countries, process.cwd(), name === 'claims.json' ? { claims: next } : { notClaims: next });
    if (!verified.ok) return { ok: false, status: 422, problems: verified.problems };
    writeAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
    return { ok: true, saved: items.length };
  };
  return {
    save(request) {
      const result = queue.then(() => saveNow(request));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
