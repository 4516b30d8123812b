// The data the curation tests work on: a copy of data/, in which the Cyber Security Intelligence
// article's claims about Kenya, Mozambique, Indonesia, Nepal and Malaysia are taken out, so that those
// mentions are still to do, and no mention is marked as not a claim.
// Run by the "curate" project's server before it starts (npx tsx e2e/support/curation-data.ts), and
// again by the tests before they begin, so that they can run again on the same server.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CURATION_DATA_DIR = `${process.env.E2E_OUT_DIR ?? 'dist'}-curate-data`;
export const CURATED_ARTICLE = 'csi-2017-07';
export const TO_DO = ['KEN', 'MOZ', 'IDN', 'NPL', 'MYS'];

/** Replaces a file whole, so that the development server, which watches the folder, never reads half of it. */
function replace(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * Before the server starts, a fresh copy of the whole folder; while it runs, only the two files the
 * tests change, each in one step, so that it sees one whole folder after another and never an error.
 */
export function makeCurationData({ fresh = false, dir = CURATION_DATA_DIR } = {}): void {
  if (fresh) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(join(dir, 'sources.json'))) cpSync('data', dir, { recursive: true });
  const json = JSON.parse(readFileSync(join('data', 'claims.json'), 'utf8')) as { claims: { article: string; country: string }[] };
  json.claims = json.claims.filter((c) => !(c.article === CURATED_ARTICLE && TO_DO.includes(c.country)));
  replace(join(dir, 'claims.json'), `${JSON.stringify(json, null, 2)}\n`);
  replace(join(dir, 'not-claims.json'), readFileSync(join('data', 'not-claims.json'), 'utf8'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) makeCurationData({ fresh: true });
