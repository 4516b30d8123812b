import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCountryTable, readWorldAtlas } from '../../pipeline/world.ts';
import { checkCompleteness, describeCompleteness } from '../../pipeline/extract/completeness.ts';
import { readCompletenessData } from '../../pipeline/extract/completeness-data.ts';
import { loadDataDir } from '../../pipeline/load-data-dir.ts';
import type { Claim } from '../../src/content/types.ts';
import { corpusTargetProblem, generateCorpus, MAX_REPORTS, REPO_DATA_DIR, writeCorpus } from './corpus.ts';

const countries = makeCountryTable(readWorldAtlas('110m'));
const SMALL = { articles: 12, claims: 300 };
const small = generateCorpus(SMALL, countries);

const scratch = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const smallDir = join(scratch, 'small');
writeCorpus(smallDir, small.files);
const loaded = loadDataDir(smallDir, countries);

interface SourceArticle {
  id: string;
  file: string;
  body: { after: string | null; before: string | null };
}

const parse = <T>(files: Record<string, string>, name: string): T => JSON.parse(files[name] ?? 'null') as T;

/** The body's range as the README defines it: after the first `after`, before `before`, trimmed of white space. */
function bodyOf(text: string, { after, before }: SourceArticle['body']) {
  let start = after === null ? 0 : text.indexOf(after) + after.length;
  let end = before === null ? text.length : text.indexOf(before);
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

describe('a small synthetic corpus', () => {
  it('passes the build’s verification with exactly the requested articles and claims', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.content.articles).toHaveLength(SMALL.articles);
    expect(loaded.content.claims).toHaveLength(SMALL.claims);
    expect(Object.keys(small.files).filter((f) => f.startsWith('articles/'))).toHaveLength(SMALL.articles);
  });

  it('quotes only article bodies, never the page furniture around them', () => {
    const articles = new Map(parse<{ articles: SourceArticle[] }>(small.files, 'sources.json').articles.map((a) => [a.id, a]));
    const { claims } = parse<{ claims: Claim[] }>(small.files, 'claims.json');
    for (const claim of claims) {
      const article = articles.get(claim.article);
      const text = small.files[article?.file ?? ''] ?? '';
      const body = bodyOf(text, article?.body ?? { after: null, before: null });
      expect(text.slice(claim.start, claim.start + claim.quote.length), claim.id).toBe(claim.quote);
      expect(claim.start, claim.id).toBeGreaterThanOrEqual(body.start);
      expect(claim.start + claim.quote.length, claim.id).toBeLessThanOrEqual(body.end);
    }
    for (const article of articles.values()) {
      const text = small.files[article.file] ?? '';
      const body = bodyOf(text, article.body);
      expect(`${text.slice(0, body.start)}${text.slice(body.end)}`.trim(), `${article.id} has page furniture`).not.toBe('');
    }
  });

  it('has a claim or a not-claim for every country its bodies name, as the real data must', () => {
    const { articles, claims, notClaims } = readCompletenessData(smallDir);
    expect(describeCompleteness(checkCompleteness(articles, claims, notClaims))).toEqual([]);
    // The only mentions without a claim are names inside other names, such as "U.S." in "Virgin Islands, U.S.".
    expect(notClaims.filter((n) => !n.reason.startsWith('Part of the name')).map((n) => `${n.article} ${n.text}`)).toEqual([]);
  });
});

describe('generating', () => {
  it('gives the same bytes for the same seed and different ones for another seed', () => {
    expect(generateCorpus(SMALL, countries)).toEqual(small);
    expect(generateCorpus({ ...SMALL, seed: 1 }, countries)).toEqual(small);
    const other = generateCorpus({ ...SMALL, seed: 2 }, countries);
    expect(other.files['claims.json']).not.toBe(small.files['claims.json']);
    expect(other.files['articles/a0001.txt']).not.toBe(small.files['articles/a0001.txt']);
  });

  it('at full size, quotes every country the map draws and some it does not, the top one thousands of times', () => {
    const { claims } = parse<{ claims: Claim[] }>(generateCorpus({ articles: 1000, claims: 20_000 }, countries).files, 'claims.json');
    expect(claims).toHaveLength(20_000);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claims.filter((c) => !/^syn-\d{6}$/.test(c.id))).toEqual([]);

    const perCountry = new Map<string, number>();
    for (const c of claims) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + 1);
    const drawn = countries.filter((c) => c.onMap);
    expect(drawn.filter((c) => !perCountry.has(c.iso3)).map((c) => c.iso3)).toEqual([]);
    expect(countries.filter((c) => !c.onMap && perCountry.has(c.iso3)).length).toBeGreaterThan(10);
    expect(Math.max(...perCountry.values())).toBeGreaterThan(2000);

    expect(new Set(claims.filter((c) => c.kind === 'subject').map((c) => c.country))).toEqual(new Set(['PRK']));
    expect(new Set(claims.filter((c) => c.country === 'PRK').map((c) => c.kind))).toEqual(new Set(['subject']));
    expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(['operates-from', 'hosts-fronts', 'activity-share', 'subject', 'context']));
    const shapes = new Set(claims.map(({ speaker }) => [speaker.type, ...Object.keys(speaker).filter((k) => k !== 'type').sort()].join(':')));
    // In an article on several reports, officials and relaying reporters name the one they speak of.
    expect(shapes).toEqual(new Set(['report:report', 'official:name:role', 'official:citing:name:role', 'reporter', 'reporter:citing', 'reporter:relaying', 'reporter:citing:relaying']));

    const perArticle = new Map<string, number>();
    for (const c of claims) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeGreaterThan(3 * Math.min(...perArticle.values()));
  });

  it('rejects nonsense sizes', () => {
    expect(() => generateCorpus({ articles: 0, claims: 10 }, countries)).toThrow(/articles/);
    expect(() => generateCorpus({ articles: 2, claims: 1.5 }, countries)).toThrow(/claims/);
    expect(() => generateCorpus({ articles: 2, claims: 5, reports: 0 }, countries)).toThrow(/reports/);
    expect(() => generateCorpus({ articles: 2, claims: 5, reports: MAX_REPORTS + 1 }, countries)).toThrow(/reports/);
  });

  it('gives three reports unless asked for more, and the same bytes as before when asked for three', () => {
    const reports = parse<{ reports: { id: string }[] }>(small.files, 'sources.json').reports.map((r) => r.id);
    expect(reports).toEqual(['greyfield-2017-07', 'greyfield-2018-04', 'meridian-2019-03']);
    expect(generateCorpus({ ...SMALL, reports: 3 }, countries)).toEqual(small);
  });

  it('on many reports, makes editions months apart, each naming some country first, and passes the build’s verification', () => {
    const many = generateCorpus({ articles: 40, claims: 1500, reports: 8 }, countries);
    const dir = join(scratch, 'many');
    writeCorpus(dir, many.files);
    const built = loadDataDir(dir, countries);
    expect(built.ok ? [] : built.problems).toEqual([]);
    if (!built.ok) return;
    const { reports, claims } = built.content;
    expect(reports).toHaveLength(8);
    const months = reports.map((r) => r.published.slice(0, 7));
    expect(new Set(months).size).toBe(8);
    expect([...months].sort()).toEqual(months);
    const ids = reports.map((r) => r.id);
    const first = new Map<string, number>();
    for (const c of claims.filter((c) => ['operates-from', 'hosts-fronts', 'activity-share'].includes(c.kind))) {
      first.set(c.country, Math.min(first.get(c.country) ?? Infinity, ids.indexOf(c.report)));
    }
    const newAt = ids.map((_, i) => [...first.values()].filter((f) => f === i).length);
    expect(newAt.every((n) => n > 0), `countries first named at each edition: ${newAt.join(', ')}`).toBe(true);
  });
});

describe('writing', () => {
  it('refuses the atlas’s own data folder, anything inside it and anything holding it', () => {
    const forbidden = [REPO_DATA_DIR, join(REPO_DATA_DIR, 'articles'), join(REPO_DATA_DIR, 'synthetic'), join(REPO_DATA_DIR, '..'), join(REPO_DATA_DIR, 'articles', '..')];
    for (const dir of forbidden) {
      // Checked first on its own, so that a broken guard fails here rather than clearing the real data.
      expect(corpusTargetProblem(dir), dir).toMatch(/data folder/);
      expect(() => writeCorpus(dir, small.files), dir).toThrow(/Refusing/);
    }
    expect(existsSync(join(REPO_DATA_DIR, 'sources.json'))).toBe(true);
    expect(existsSync(join(REPO_DATA_DIR, 'synthetic'))).toBe(false);
  });

  it('refuses a folder with other things in it, and replaces an earlier corpus whole', () => {
    const other = join(scratch, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'keep me');
    expect(() => writeCorpus(other, small.files)).toThrow(/does not look like a corpus/);
    expect(readFileSync(join(other, 'notes.txt'), 'utf8')).toBe('keep me');

    const again = join(scratch, 'again');
    writeCorpus(again, small.files);
    writeFileSync(join(again, 'articles', 'stale.txt'), 'left over');
    writeCorpus(again, generateCorpus({ articles: 2, claims: 5 }, countries).files);
    expect(existsSync(join(again, 'articles', 'stale.txt'))).toBe(false);
    expect(existsSync(join(again, 'articles', 'a0003.txt'))).toBe(false);
    expect(loadDataDir(again, countries).ok).toBe(true);
  });
});
