import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfRealData, SAMPLE_COUNTRIES, type DataFolder } from '../test-support/data-folder.ts';
import { curationStore, savableFile } from './save-data.ts';

let folder: DataFolder;
afterEach(() => folder?.remove());

const claimsOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as { claims: { id: string; start: number; quote: string }[] }).claims;

/** A real sentence of the NZ Herald article, as a new claim about Kenya. */
function newClaim(dir: string, id: string) {
  const existing = claimsOf(dir).find((c) => c.id === 'nzh-nations-ind');
  if (!existing) throw new Error('the real data has no claim nzh-nations-ind');
  return { id, country: 'KEN', article: 'nzherald-2017-07-27', kind: 'operates-from', speaker: { type: 'report', report: 'rf-2017-07' }, quote: existing.quote, start: existing.start };
}

describe('the curation view’s saves', () => {
  it('adds a claim, verified, in the file’s own formatting: the diff is the new claim only', () => {
    folder = copyOfRealData();
    const before = readFileSync(join(folder.dir, 'claims.json'), 'utf8');
    const result = curationStore(folder.dir, SAMPLE_COUNTRIES).save({ file: 'claims.json', item: newClaim(folder.dir, 'curated-ken-1') });
    expect(result).toEqual({ ok: true, saved: claimsOf(folder.dir).length });
    const after = readFileSync(join(folder.dir, 'claims.json'), 'utf8');
    const parsed = JSON.parse(after) as { claims: unknown[] };
    expect(after).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(after.startsWith(before.slice(0, before.lastIndexOf('\n  ]')))).toBe(true);
    expect(claimsOf(folder.dir).at(-1)?.id).toBe('curated-ken-1');
    // No temporary file is left behind.
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a quote that is not in the article at its offset with the build’s own message, and writes nothing', () => {
    folder = copyOfRealData();
    const before = readFileSync(join(folder.dir, 'claims.json'), 'utf8');
    const wrong = { ...newClaim(folder.dir, 'curated-ken-2'), quote: 'These nations include nowhere at all.' };
    const result = curationStore(folder.dir, SAMPLE_COUNTRIES).save({ file: 'claims.json', item: wrong });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(422);
    expect(result.problems.some((p) => p.id === 'curated-ken-2' && /quote/.test(p.field ?? p.message))).toBe(true);
    expect(readFileSync(join(folder.dir, 'claims.json'), 'utf8')).toBe(before);
  });

  it('replaces a claim whose span was adjusted, keeping its place in the file', () => {
    folder = copyOfRealData();
    const store = curationStore(folder.dir, SAMPLE_COUNTRIES);
    const original = claimsOf(folder.dir).find((c) => c.id === 'nzh-nations-ind');
    const at = claimsOf(folder.dir).findIndex((c) => c.id === 'nzh-nations-ind');
    const shorter = { ...(original as object), quote: 'These nations include India', start: original?.start };
    expect(store.save({ file: 'claims.json', item: shorter, replaces: 'nzh-nations-ind' })).toMatchObject({ ok: true });
    expect(claimsOf(folder.dir)[at]).toMatchObject({ id: 'nzh-nations-ind', quote: 'These nations include India' });
  });

  it('reads the file afresh for each save: saves from two tabs both land, and so does an edit made by hand between them', () => {
    folder = copyOfRealData();
    const count = claimsOf(folder.dir).length;
    // Two tabs send their saves to the one store the development server keeps.
    const store = curationStore(folder.dir, SAMPLE_COUNTRIES);
    expect(store.save({ file: 'claims.json', item: newClaim(folder.dir, 'tab-one') })).toMatchObject({ ok: true });
    folder.editJson('claims.json', (json) => json.claims?.push({ ...newClaim(folder.dir, 'by-hand') }));
    expect(store.save({ file: 'claims.json', item: newClaim(folder.dir, 'tab-two') })).toMatchObject({ ok: true });
    expect(claimsOf(folder.dir).map((c) => c.id).slice(count)).toEqual(['tab-one', 'by-hand', 'tab-two']);
  });

  it('refuses a mention marked as not a claim twice, and a not-claim that matches no mention of its article', () => {
    folder = copyOfRealData();
    const store = curationStore(folder.dir, SAMPLE_COUNTRIES);
    const item = { article: 'nzherald-2017-07-27', country: 'KEN', text: 'Kenya', reason: 'a test' };
    expect(store.save({ file: 'not-claims.json', item })).toMatchObject({ ok: true });
    const before = readFileSync(join(folder.dir, 'not-claims.json'), 'utf8');
    expect(store.save({ file: 'not-claims.json', item })).toMatchObject({ ok: false, status: 409, problems: [{ message: 'KEN “Kenya” is marked as not a claim already' }] });
    const nowhere = store.save({ file: 'not-claims.json', item: { ...item, text: 'Kenyan' } });
    expect(nowhere).toMatchObject({ ok: false, status: 422, problems: [{ file: 'not-claims.json', id: 'nzherald-2017-07-27', field: 'text' }] });
    expect(readFileSync(join(folder.dir, 'not-claims.json'), 'utf8')).toBe(before);
  });

  it('makes not-claims.json for a data folder that has none yet', () => {
    folder = copyOfRealData();
    rmSync(join(folder.dir, 'not-claims.json'));
    const item = { article: 'nzherald-2017-07-27', country: 'KEN', text: 'Kenya', reason: 'a test of a folder with no not-claims yet' };
    expect(curationStore(folder.dir, SAMPLE_COUNTRIES).save({ file: 'not-claims.json', item })).toMatchObject({ ok: true, saved: 1 });
    expect(existsSync(join(folder.dir, 'not-claims.json'))).toBe(true);
  });

  it('marks a mention as not a claim, with its reason', () => {
    folder = copyOfRealData();
    const item = { article: 'nzherald-2017-07-27', country: 'KEN', text: 'Kenya', reason: 'the sentence lists the report’s findings, already claimed' };
    expect(curationStore(folder.dir, SAMPLE_COUNTRIES).save({ file: 'not-claims.json', item })).toMatchObject({ ok: true, saved: 1 });
    expect(JSON.parse(readFileSync(join(folder.dir, 'not-claims.json'), 'utf8'))).toMatchObject({ notClaims: [item] });
  });

  it('refuses anything that is not valid claim data, naming the field', () => {
    folder = copyOfRealData();
    const result = curationStore(folder.dir, SAMPLE_COUNTRIES).save({ file: 'claims.json', item: { ...newClaim(folder.dir, 'bad'), country: 'Kenya', extra: true } });
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(result.problems.map((p) => p.field ?? p.message)).toEqual(expect.arrayContaining(['country']));
  });

  it('refuses any file but claims.json and not-claims.json in the data folder', () => {
    folder = copyOfRealData();
    const store = curationStore(folder.dir, SAMPLE_COUNTRIES);
    for (const file of ['../package.json', 'sources.json', 'articles/../claims.json', '/etc/passwd', 'sub/claims.json', '', 'constructor', '__proto__', 'toString']) {
      expect(savableFile(folder.dir, file), file).toBeNull();
      expect(store.save({ file, item: newClaim(folder.dir, 'x') }), file).toMatchObject({ ok: false, status: 400 });
    }
    expect(savableFile(folder.dir, 'claims.json')).toBe('claims.json');
  });
});
