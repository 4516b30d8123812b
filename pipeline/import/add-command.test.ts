import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractMentions } from '../extract/extract-article.ts';
import { loadDataDir } from '../load-data-dir.ts';
import type { RawArticle } from '../schema.ts';
import { copyOfRealData, type DataFolder } from '../test-support/data-folder.ts';
import { makeCountryTable, readWorldAtlas } from '../world.ts';
import { runAdd, type AddIo } from './add-command.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NEWS = join(FIXTURES, 'news-article.html');
const NO_METADATA = join(FIXTURES, 'no-metadata.html');
const SITE_INDEX = join(FIXTURES, 'site-index.html');
const countries = makeCountryTable(readWorldAtlas('110m'));

const scratch = mkdtempSync(join(tmpdir(), 'atlas-add-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders: DataFolder[] = [];
afterEach(() => {
  folders.forEach((f) => f.remove());
  folders = [];
});

function dataCopy(): DataFolder {
  const folder = copyOfRealData();
  folders.push(folder);
  return folder;
}

/** Every file of a folder and its bytes' hash: what "nothing was written" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

async function add(args: string[], ask?: AddIo['ask']) {
  let stdout = '';
  let stderr = '';
  const status = await runAdd(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: FIXTURES, ask }, '/nonexistent-default-data');
  return { status, stdout, stderr };
}

const sourcesOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { articles: RawArticle[] };
const lastArticle = (dir: string) => sourcesOf(dir).articles.at(-1) as RawArticle;

describe('npm run add: a saved page becomes a new article', () => {
  it('imports the news fixture into a copy of data/: text, hash, entry, the to-do list, and the folder still verifies', async () => {
    const { dir } = dataCopy();
    const sourcesBefore = readFileSync(join(dir, 'sources.json'), 'utf8');
    const { status, stdout, stderr } = await add(['news-article.html', '--data', dir, '--report', 'rf-2018-04']);
    expect(stderr).toBe('');
    expect(status).toBe(0);

    const entry = lastArticle(dir);
    expect(entry).toEqual({
      id: 'tasmancourier-2018-05',
      file: 'articles/005_north-koreas-elite-still-reach.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/u),
      publisher: 'The Tasman Courier',
      headline: "North Korea's elite still reach the internet from abroad, researchers say",
      url: 'https://www.tasmancourier.example/technology/2018/05/07/north-korea-elite-internet-abroad',
      published: '2018-05-07',
      publishedNote: "the page's article:published_time 2018-05-07T07:15:00+12:00, the day in the publication's own time zone",
      reportsOn: ['rf-2018-04'],
      body: { after: null, before: null },
    });
    const bytes = readFileSync(join(dir, entry.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);

    const text = bytes.toString('utf8');
    expect(text.startsWith(`${entry.headline}\n\nThe small circle of North Koreans`)).toBe(true);
    expect(text.endsWith('as diplomatic talks continue.\n')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(9);
    expect(text).not.toMatch(/\n{3}|[ \t]\n|\r/u);
    for (const furniture of ['Brazil', 'Canada', 'France', 'Japan', 'Germany', 'Mexico', 'Egypt', 'Argentina', 'Spain', 'Chile']) expect(text).not.toContain(furniture);

    // Only the entry is added to sources.json: everything before it is byte for byte what it was.
    const sourcesAfter = readFileSync(join(dir, 'sources.json'), 'utf8');
    const lastOldEntryEnd = sourcesBefore.lastIndexOf('\n    }\n  ],\n  "reports"') + '\n    }'.length;
    expect(sourcesAfter.slice(0, lastOldEntryEnd)).toBe(sourcesBefore.slice(0, lastOldEntryEnd));
    expect(sourcesAfter.slice(-(sourcesBefore.length - lastOldEntryEnd))).toBe(sourcesBefore.slice(lastOldEntryEnd));

    // Each to-do line is a mention as the extractor finds it, at its offset in the file.
    const found = extractMentions(text, { id: entry.id, body: entry.body, sourcesFile: 'sources.json' });
    if (!found.ok) throw new Error(found.error);
    const todo = stdout.split('\n').filter((l) => l.startsWith('[ ] '));
    expect(todo).toHaveLength(found.mentions.length);
    expect(todo).toContain(`[ ] KEN Kenya  "Kenyan"  at ${text.indexOf('Kenyan')}  — Kenyan networks carried traffic that the researchers linked to North Korean users working in the country, and the report suggests those users may be earning money for the government in Pyongyang.`);
    for (const m of found.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(stdout).toContain('Next: write a claim in');

    // The data folder still loads and verifies; the new article's mentions simply have no claims yet.
    const loaded = loadDataDir(dir, countries);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (loaded.ok) expect(loaded.content.articles.map((a) => a.id)).toContain('tasmancourier-2018-05');
  });

  it('gives a page with no metadata nulls and notes, with the address from --url', async () => {
    const { dir } = dataCopy();
    const { status, stdout, stderr } = await add([NO_METADATA, '--data', dir, '--report', 'rf-2018-04', '--url', 'https://blog.example.org/2018/05/north-korea']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const entry = lastArticle(dir);
    expect(entry).toMatchObject({
      id: 'example',
      file: 'articles/005_example.txt',
      publisher: 'blog.example.org',
      headline: null,
      url: 'https://blog.example.org/2018/05/north-korea',
      published: null,
      publishedNote: expect.stringMatching(/gives no date/u),
    });
    expect(stdout).toMatch(/Note: the page names no publisher .*blog\.example\.org/u);
    expect(stdout).toMatch(/Note: the page gives no headline/u);
    expect(stdout).toMatch(/Note: the page gives no date/u);
    expect(readFileSync(join(dir, entry.file), 'utf8').startsWith('Researchers tracking')).toBe(true);
    const loaded = loadDataDir(dir, countries);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('says so when the page stamps its date in UTC, whose day may not be the publication’s own', async () => {
    const data = dataCopy();
    const page = join(scratch, 'utc-page.html');
    writeFileSync(page, readFileSync(NEWS, 'utf8').replace('2018-05-07T07:15:00+12:00', '2018-05-06T19:15:00Z'));
    const { status, stdout } = await add([page, '--data', data.dir, '--report', 'rf-2018-04']);
    expect(status).toBe(0);
    expect(lastArticle(data.dir)).toMatchObject({ published: '2018-05-06', publishedNote: expect.stringContaining('the day in UTC') });
    expect(stdout).toContain('the page stamps its date in UTC (2018-05-06T19:15:00Z)');
  });

  it('writes nothing for a page that is not an article, and says which file', async () => {
    const { dir } = dataCopy();
    const before = snapshot(dir);
    const { status, stdout, stderr } = await add([SITE_INDEX, '--data', dir, '--report', 'rf-2018-04']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^add: .*site-index\.html does not look like an article: .*\nNothing was written\.\n$/u);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes nothing without an https address, and says to pass --url', async () => {
    const { dir } = dataCopy();
    const before = snapshot(dir);
    const missing = await add([NO_METADATA, '--data', dir, '--report', 'rf-2018-04']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-metadata\.html does not say its https address\. It has no link rel=canonical or og:url\. Pass the article's address: --url https:\/\/\.\.\./u);

    const page = join(scratch, 'http-only.html');
    writeFileSync(page, readFileSync(NEWS, 'utf8').replaceAll('https://www.tasmancourier.example/technology', 'http://www.tasmancourier.example/technology'));
    const insecure = await add([page, '--data', dir, '--report', 'rf-2018-04']);
    expect(insecure.stderr).toMatch(/only http:\/\/www\.tasmancourier\.example\/technology\/.* \(link rel=canonical\), which is not https/u);
    const badFlag = await add([NEWS, '--data', dir, '--report', 'rf-2018-04', '--url', 'http://example.org/a']);
    expect(badFlag.stderr).toMatch(/--url http:\/\/example\.org\/a is not an https:\/\/ address/u);
    expect(snapshot(dir)).toEqual(before);
  });

  it('needs a report that sources.json has: it lists them when one is wrong or missing and no one can be asked', async () => {
    const { dir } = dataCopy();
    const before = snapshot(dir);
    const wrong = await add([NEWS, '--data', dir, '--report', 'rf-2099-01']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('"rf-2099-01" is not a report in');
    expect(wrong.stderr).toContain("2. rf-2018-04  North Korea's Ruling Elite Adapt Internet Behavior to Foreign Scrutiny (Recorded Future, 2018-04-25)");
    const missing = await add([NEWS, '--data', dir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Pass --report <id>, one of:\n {2}1\. rf-2017-07 .*\n {2}2\. rf-2018-04 /u);
    expect(snapshot(dir)).toEqual(before);
  });

  it('asks for the report at a terminal, until the answer is a number or an id', async () => {
    const { dir } = dataCopy();
    const questions: string[] = [];
    const answers = ['9', '2'];
    const { status } = await add([NEWS, '--data', dir], async (question) => {
      questions.push(question);
      return answers.shift() ?? null;
    });
    expect(status).toBe(0);
    expect(questions[0]).toContain('Which report does this article cover?\n  1. rf-2017-07');
    expect(questions[1]).toBe('"9" is not one of them. Number or id: ');
    expect(lastArticle(dir).reportsOn).toEqual(['rf-2018-04']);
  });

  it('writes nothing when the question goes unanswered', async () => {
    const { dir } = dataCopy();
    const before = snapshot(dir);
    const { status, stderr } = await add([NEWS, '--data', dir], async () => null);
    expect(status).toBe(1);
    expect(stderr).toBe('add: no report was chosen; nothing was written.\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a page that is already in the data, and a call without a page', async () => {
    const { dir } = dataCopy();
    expect((await add([NEWS, '--data', dir, '--report', 'rf-2018-04'])).status).toBe(0);
    const after = snapshot(dir);
    const again = await add([NEWS, '--data', dir, '--report', 'rf-2018-04']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already has this text, as "tasmancourier-2018-05"/u);
    expect(snapshot(dir)).toEqual(after);
    expect((await add(['--data', dir])).status).toBe(2);
    expect((await add([NEWS, 'second.html'])).stderr).toMatch(/^add: usage: npm run add -- <saved page\.html>/u);
  });
});
