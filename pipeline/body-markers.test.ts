import { afterEach, describe, expect, it } from 'vitest';
import { findBody } from './body-markers.ts';
import { runExtract } from './extract/cli.ts';
import { readCompletenessData } from './extract/completeness-data.ts';
import { loadDataDir } from './load-data-dir.ts';
import { formatProblem } from './problems.ts';
import { copyOfRealData, SAMPLE_COUNTRIES, type DataFolder } from './test-support/data-folder.ts';

const bodyOf = (text: string, after: string | null, before: string | null) => {
  const found = findBody(text, { id: 'an-article', body: { after, before } }, 'data/sources.json');
  return { body: text.slice(found.start, found.end), problems: found.problems.map((p) => `${p.field}: ${p.message}`) };
};

describe('finding a listed article’s body from its markers', () => {
  it('uses the text between the "after" and the "before" marker, trimmed', () => {
    expect(bodyOf('Story image\n\nThe body.\n\nTeasers\nMore teasers', 'Story image', 'Teasers')).toEqual({ body: 'The body.', problems: [] });
  });

  it('reads null markers as the start and the end of the text', () => {
    expect(bodyOf('  Whole text.\n', null, null)).toEqual({ body: 'Whole text.', problems: [] });
  });

  it('reports a marker that is not in the text', () => {
    expect(bodyOf('Body.', null, 'Related').problems).toEqual(['body.before: marker "Related" is not in the text']);
  });

  it('refuses a marker that occurs twice, since it cannot say which is meant', () => {
    expect(bodyOf('Teaser. The body. Teaser.', 'Teaser.', null).problems).toEqual(['body.after: marker "Teaser." occurs more than once']);
  });

  it('refuses a body that would end before it starts, and an empty one', () => {
    expect(bodyOf('End. Body. Start.', 'Start.', 'End.').problems).toEqual(['body.before: the body would end before it starts', 'body: the article body is empty']);
  });

  it('names the sources file, the article and the field, as the build’s messages do', () => {
    const [problem] = findBody('Body.', { id: 'an-article', body: { after: 'Nowhere', before: null } }, 'data/sources.json').problems;
    expect(problem && formatProblem(problem)).toBe('data/sources.json, id "an-article", field "body.after": marker "Nowhere" is not in the text');
  });
});

describe('one body-marker rule for the build and the extractor', () => {
  let folder: DataFolder | undefined;
  afterEach(() => folder?.remove());

  it('a body marker that occurs twice is refused by the build and by the extractor, with the same message', () => {
    folder = copyOfRealData();
    // "North Korea" occurs many times in the NZ Herald's text.
    folder.editJson('sources.json', (json) => {
      (json.articles as { id: string; body: { after: string | null } }[])[0]!.body.after = 'North Korea';
    });
    const built = loadDataDir(folder.dir, SAMPLE_COUNTRIES);
    const refused = built.ok ? [] : built.problems.filter((p) => p.field === 'body.after');
    expect(refused).toHaveLength(1);
    const message = formatProblem(refused[0]!);
    expect(message).toMatch(/sources\.json, id "nzherald-2017-07-27", field "body\.after": marker "North Korea" occurs more than once$/);

    let stderr = '';
    const status = runExtract([`${folder.dir}/articles/000_7a8b99bb157f1c7e.txt`], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: process.cwd() }, folder.dir);
    expect(status).toBe(1);
    expect(stderr).toBe(`extract: ${message}\n`);
    expect(() => readCompletenessData(folder!.dir)).toThrow(message);
  });
});
