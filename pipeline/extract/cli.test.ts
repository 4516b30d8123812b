import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from './cli.ts';
import type { Mention } from './types.ts';

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');
const CSI = join(DATA, 'articles/001_e2bb147a4ec27e07.txt');
const SECURITY_BRIEF = join(DATA, 'articles/004_21f0483626f08cf5.txt');

const scratch = mkdtempSync(join(tmpdir(), 'atlas-extract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real command, as `npm run extract` starts it. */
function runCli(...args: string[]) {
  const env = { ...process.env };
  delete env.INIT_CWD; // set when the tests run under npm; it would change where relative paths start
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/extract.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command's main function with captured output. */
function runInProcess(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const status = runExtract(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd }, DATA);
  return { status, stdout, stderr };
}

const mentionsOf = (stdout: string) => (JSON.parse(stdout) as { mentions: Mention[] }).mentions;

describe('the extract command', () => {
  it('prints one JSON object of the body mentions of a listed article, leaving out "You Might Also Read:" onward', () => {
    const { status, stdout, stderr } = runCli(CSI);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = readFileSync(CSI, 'utf8');
    const furniture = text.indexOf('You Might Also Read:');
    const mentions = mentionsOf(stdout);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.end).toBeLessThanOrEqual(furniture);
      expect(m.sentence).not.toContain('You Might Also Read');
    }
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(new Set(mentions.map((m) => m.country))).toEqual(new Set(['PRK', 'NZL', 'IND', 'MYS', 'NPL', 'KEN', 'MOZ', 'IDN', 'CHN', 'USA']));
  });

  it('uses the body markers sources.json gives for a listed article', () => {
    const text = readFileSync(SECURITY_BRIEF, 'utf8');
    const mentions = mentionsOf(runInProcess([SECURITY_BRIEF]).stdout);
    expect(mentions.at(-1)?.end).toBeLessThan(text.indexOf("Hillstone CTO's 2019 security predictions"));
    expect(mentions.map((m) => m.text)).not.toContain('USA'); // only in a teaser after the body
  });

  it('detects the teaser line in a text sources.json does not list', () => {
    const copy = join(scratch, 'unlisted.txt');
    copyFileSync(CSI, copy);
    const text = readFileSync(copy, 'utf8');
    const mentions = mentionsOf(runInProcess([copy]).stdout);
    expect(mentions.at(-1)?.end).toBeLessThan(text.indexOf('You Might Also Read:'));
  });

  it('resolves a relative path from the directory the command was typed in', () => {
    expect(runInProcess(['articles/001_e2bb147a4ec27e07.txt'], DATA).status).toBe(0);
  });

  it('prints usage and fails without an argument', () => {
    const { status, stdout, stderr } = runCli();
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('extract: usage: npm run --silent extract -- <article.txt>\n');
  });

  it('prints usage and fails with more than one argument', () => {
    expect(runInProcess([CSI, CSI])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('usage:') });
  });

  const failures: [string, () => string, RegExp][] = [
    ['a missing file', () => join(scratch, 'nope.txt'), /nope\.txt: no such file\n$/],
    ['a directory', () => scratch, /is a directory, not a text file\n$/],
    ['a binary file with a NUL byte', () => write('nul.txt', Buffer.from('Kenya\0Peru')), /looks binary \(it contains a NUL byte\)/],
    ['a file that is not valid UTF-8', () => write('latin1.txt', Buffer.from([0x50, 0xe9, 0x72, 0x75])), /is not valid UTF-8 text\n$/],
    ['an empty file', () => write('empty.txt', Buffer.alloc(0)), /empty\.txt is empty\n$/],
    ['a whitespace-only file', () => write('blank.txt', Buffer.from(' \n\t\n')), /blank\.txt is empty\n$/],
  ];
  function write(name: string, bytes: Buffer) {
    writeFileSync(join(scratch, name), bytes);
    return join(scratch, name);
  }

  it.each(failures)('refuses %s with a one-line message and a non-zero exit', (_, makePath, message) => {
    const { status, stdout, stderr } = runInProcess([makePath()]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^extract: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });

  it('refuses a missing file end to end, with a non-zero exit', () => {
    const { status, stderr } = runCli(join(scratch, 'nope.txt'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/no such file/);
  });
});
