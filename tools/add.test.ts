import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = 'pipeline/import/fixtures/news-article.html';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-add-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real command, as `npm run add` starts it, with no terminal on its input. */
function runCli(...args: string[]) {
  const env = { ...process.env };
  delete env.INIT_CWD; // set when the tests run under npm; it would change where relative paths start
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/add.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOfData(name: string): string {
  const data = join(scratch, name);
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  return data;
}

describe('the add command', () => {
  it('adds the saved page to the data folder --data names, and prints the mentions to settle', () => {
    const data = copyOfData('added');
    const { status, stdout, stderr } = runCli(FIXTURE, '--data', data, '--report', 'rf-2018-04');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Added "tasmancourier-2018-05" from pipeline\/import\/fixtures\/news-article\.html\n/u);
    expect(stdout).toMatch(/^\[ \] IND India {2}"India" {2}at \d+ {2}— /mu);
    const sources = JSON.parse(readFileSync(join(data, 'sources.json'), 'utf8')) as { articles: { id: string }[] };
    expect(sources.articles.at(-1)?.id).toBe('tasmancourier-2018-05');
  });

  it('stops, rather than waiting for an answer, when no report is given and no one is at a terminal', () => {
    const { status, stdout, stderr } = runCli(FIXTURE, '--data', copyOfData('unchanged'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^add: which report does the article cover\? Pass --report <id>, one of:\n/u);
  });
});
