import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnnotations, USAGE } from './cli.ts';

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');
const scratch = mkdtempSync(join(tmpdir(), 'atlas-annotations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real command, as `npx tsx tools/annotations.ts` starts it. */
function runCli(...args: string[]) {
  const env = { ...process.env };
  delete env.INIT_CWD; // set when the tests run under npm; it would change where relative paths start
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/annotations.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command's main function with captured output. */
function runInProcess(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const status = runAnnotations(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd }, DATA);
  return { status, stdout, stderr };
}

const exportedFile = join(scratch, 'claims.annotations.jsonld');

describe('the annotations command', () => {
  it('exports the claims, and imports them back to claims.json byte for byte', () => {
    const exported = runCli('export');
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    writeFileSync(exportedFile, exported.stdout);
    const imported = runCli('import', exportedFile);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe(readFileSync(join(DATA, 'claims.json'), 'utf8'));
  });

  it('refuses every annotation that no longer matches, by id, printing no claims', () => {
    const doc = JSON.parse(runInProcess(['export']).stdout) as { first: { items: { id: string; target: { selector: { start: number; end: number }[] } }[] } };
    const nzl = doc.first.items.filter((item) => item.id.endsWith('-nzl'));
    expect(nzl.length).toBeGreaterThan(1);
    for (const a of nzl) {
      const place = a.target.selector[1] as { start: number; end: number };
      place.start += 1;
      place.end += 1;
    }
    const shifted = join(scratch, 'shifted.jsonld');
    writeFileSync(shifted, JSON.stringify(doc));
    const { status, stdout, stderr } = runCli('import', shifted, '--data', 'data');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`annotations: ${nzl.length} problems in the annotations; nothing was imported:`);
    expect(lines[1]).toMatch(/^.*shifted\.jsonld, id "urn:report-atlas:claim:nzh-nations-nzl", field "target\.selector": the quote was expected at characters 919–1010, where the article reads "hese nations/);
    expect(lines.slice(1).map((l) => /id "([^"]+)"/.exec(l)?.[1])).toEqual(nzl.map((a) => a.id));
  });

  it('resolves the file and the data folder from the directory the command was typed in', () => {
    writeFileSync(join(scratch, 'one.jsonld'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 0 }));
    expect(runInProcess(['import', 'one.jsonld', '--data', join(ROOT, 'data')], scratch)).toEqual({ status: 0, stdout: '{\n  "claims": []\n}\n', stderr: '' });
    expect(runInProcess(['import', 'one.jsonld', '--data', 'no-such-folder'], scratch)).toMatchObject({ status: 1, stderr: expect.stringMatching(/sources\.json: the file is missing/) });
  });

  it('says what is wrong with a file it cannot read', () => {
    expect(runInProcess(['import', join(scratch, 'missing.jsonld')])).toMatchObject({ status: 1, stdout: '', stderr: expect.stringMatching(/missing\.jsonld: no such file\n$/) });
    writeFileSync(join(scratch, 'broken.jsonld'), '{"type": ');
    expect(runInProcess(['import', join(scratch, 'broken.jsonld')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/broken\.jsonld: not valid JSON/) });
  });

  it('prints its usage, and fails, when the words are not understood', () => {
    for (const args of [[], ['import'], ['import', 'a', 'b'], ['export', 'a'], ['import', 'a', '--data'], ['publish']]) {
      expect(runInProcess(args)).toEqual({ status: 2, stdout: '', stderr: `annotations: ${USAGE}\n` });
    }
  });
});
