// The data the curation tests work on: a copy of data/, in which the Cyber Security Intelligence
// article's claims about Kenya, Mozambique, Indonesia, Nepal and Malaysia are taken out, so that those mentions are still to do.
// Run by the "curate" project's server before it starts (npx tsx e2e/support/curation-data.ts), and
// again by the tests before they begin, so that they can run again on the same server.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CURATION_DATA_DIR = `${process.env.E2E_OUT_DIR ?? 'dist'}-curate-data`;
export const CURATED_ARTICLE = 'csi-2017-07';
export const TO_DO = ['KEN', 'MOZ', 'IDN', 'NPL', 'MYS'];

export function makeCurationData(dir = CURATION_DATA_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('data', dir, { recursive: true });
  const path = join(dir, 'claims.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { claims: { article: string; country: string }[] };
  json.claims = json.claims.filter((c) => !(c.article === CURATED_ARTICLE && TO_DO.includes(c.country)));
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) makeCurationData();
