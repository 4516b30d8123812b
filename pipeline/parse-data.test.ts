import { afterEach, describe, expect, it } from 'vitest';
import { readCompletenessData } from './extract/completeness-data.ts';
import { formatProblem, type Problem } from './problems.ts';
import { refusedCopy, type DataFolder } from './test-support/data-folder.ts';

let folder: DataFolder | undefined;
afterEach(() => folder?.remove());

function problemsAfter(edit: (f: DataFolder) => void): Problem[] {
  const refused = refusedCopy(edit);
  folder = refused.folder;
  return refused.problems;
}

const notClaim = { article: 'csi-2017-07', country: 'KEN', text: 'Kenya', reason: 'an example' };

describe('one schema per data file, for the build and the completeness check', () => {
  it('a claim that breaks the schema gets the same message from both', () => {
    const problems = problemsAfter((f) =>
      f.editJson('claims.json', (json) => {
        json.claims!.find((c) => c.id === 'nzh-nations-ken')!.kind = 'rumour';
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ id: 'nzh-nations-ken', field: 'kind' })]);
    expect(() => readCompletenessData(folder!.dir)).toThrow(formatProblem(problems[0]!));
  });

  it('an article entry that breaks the schema gets the same message from both', () => {
    const problems = problemsAfter((f) =>
      f.editJson('sources.json', (json) => {
        json.articles![0]!.url = 'http://example.org/not-https';
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ id: 'nzherald-2017-07-27', field: 'url', message: 'must be an https:// URL' })]);
    expect(() => readCompletenessData(folder!.dir)).toThrow(formatProblem(problems[0]!));
  });

  it('a not-claim entry without a reason gets the same message from both', () => {
    const problems = problemsAfter((f) =>
      f.editJson('not-claims.json', (json) => {
        json.notClaims = [{ ...notClaim, reason: undefined }];
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ id: '#1 (no id)', field: 'reason' })]);
    expect(problems[0]?.file).toMatch(/not-claims\.json$/);
    expect(() => readCompletenessData(folder!.dir)).toThrow(formatProblem(problems[0]!));
  });

  it('the build refuses a not-claim entry for an article or a country that does not exist', () => {
    const problems = problemsAfter((f) =>
      f.editJson('not-claims.json', (json) => {
        json.notClaims = [notClaim, { ...notClaim, article: 'nowhere' }, { ...notClaim, country: 'KEY' }];
      }),
    );
    expect(problems.map((p) => [p.id, p.field, p.message])).toEqual([
      ['#2 (no id)', 'article', 'no article has the id "nowhere"'],
      ['#3 (no id)', 'country', '"KEY" is not a known ISO 3166-1 alpha-3 country code'],
    ]);
  });
});
