import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDir } from './load-data-dir.ts';
import { DataError, formatProblems, type Problem } from './problems.ts';
import { REAL_DATA, refusedCopy, SAMPLE_COUNTRIES, type DataFolder } from './test-support/data-folder.ts';

let folder: DataFolder | undefined;
afterEach(() => folder?.remove());

type Claim = Record<string, unknown> & { id: string; start: number; quote: string };

function problemsAfter(edit: (f: DataFolder) => void): Problem[] {
  const refused = refusedCopy(edit);
  folder = refused.folder;
  return refused.problems;
}

const editClaim = (f: DataFolder, id: string, change: (c: Claim) => void) =>
  f.editJson('claims.json', (json) => {
    const claim = (json.claims as Claim[]).find((c) => c.id === id);
    if (!claim) throw new Error(`no claim ${id} in the real data`);
    change(claim);
  });

describe('verifying the data folder', () => {
  it('accepts the real data and computes each quote’s end offset', () => {
    const result = loadDataDir(REAL_DATA, SAMPLE_COUNTRIES);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    for (const claim of result.content.claims) expect(claim.end - claim.start).toBe(claim.quote.length);
    expect(result.content.claims.length).toBeGreaterThan(30);
  });

  it('refuses a moved quote, naming the file, the claim and where the quote really is', () => {
    const problems = problemsAfter((f) => editClaim(f, 'sb-restaurants-tha', (c) => (c.start += 3)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'sb-restaurants-tha', field: 'quote' });
    expect(problems[0]?.file).toMatch(/claims\.json$/);
    expect(problems[0]?.message).toMatch(/is not at offset \d+; it sits verbatim at offset \d+ \(moved by -3\)/);
  });

  it('refuses an altered quote, giving the nearest almost-match and the first differing character', () => {
    const problems = problemsAfter((f) => editClaim(f, 'sb-restaurants-tha', (c) => (c.quote = c.quote.replace('Bangladesh', 'Bangladash'))));
    expect(problems).toHaveLength(1);
    const at = 'Thailand and Bangladash'.indexOf('ash');
    expect(problems[0]?.message).toContain(`nearest almost-match at offset`);
    expect(problems[0]?.message).toContain(`quote character ${at} should be "a" but the article has "e"`);
  });

  it('refuses a quote taken from page furniture, even when it sits verbatim at its offsets', () => {
    const text = 'Snowden: New Zealand Spying on Pacific Islands';
    const problems = problemsAfter((f) =>
      editClaim(f, 'csi-tunnelling-nzl', (c) => {
        c.quote = text;
        c.start = 2494;
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'csi-tunnelling-nzl', field: 'quote' });
    expect(problems[0]?.message).toMatch(/lies in page furniture, outside the article body/);
  });

  it('refuses a quote that starts or ends inside a character, between the halves of an emoji', () => {
    const text = 'Fronts were set up in Thailand 🇹🇭 by officials, the report says.';
    const flag = text.indexOf('🇹🇭');
    const problems = problemsAfter((f) => {
      f.writeText('articles/900_emoji.txt', text);
      f.editJson('sources.json', (json) => {
        json.articles?.push({ ...json.articles[0], id: 'emoji-2017-07', file: 'articles/900_emoji.txt', sha256: createHash('sha256').update(text).digest('hex'), url: 'https://example.org/emoji' });
      });
      f.editJson('claims.json', (json) => {
        const claim = { id: 'emoji-tha', country: 'THA', article: 'emoji-2017-07', kind: 'hosts-fronts', speaker: { type: 'report', report: 'rf-2017-07' } };
        // Ends after the first half of the flag's first letter; starts after the first half of its second.
        json.claims?.push({ ...claim, quote: text.slice(0, flag + 1), start: 0 }, { ...claim, id: 'emoji-tha-2', quote: text.slice(flag + 3), start: flag + 3 });
      });
    });
    expect(problems).toEqual(['emoji-tha', 'emoji-tha-2'].map((id) => expect.objectContaining({ id, field: 'quote', message: expect.stringContaining('cuts a character in two') })));
  });

  it('refuses a country code that is not a country', () => {
    const problems = problemsAfter((f) => editClaim(f, 'nzh-nations-ken', (c) => (c.country = 'KEY')));
    expect(problems).toEqual([expect.objectContaining({ id: 'nzh-nations-ken', field: 'country', message: expect.stringContaining('"KEY" is not a known') })]);
  });

  it('refuses a claim whose article does not exist', () => {
    const problems = problemsAfter((f) => editClaim(f, 'nzh-nations-ken', (c) => (c.article = 'guardian-2017-07-28')));
    expect(problems).toEqual([expect.objectContaining({ id: 'nzh-nations-ken', field: 'article', message: 'no article has the id "guardian-2017-07-28"' })]);
  });

  it('refuses an article whose text file is missing', () => {
    const problems = problemsAfter((f) =>
      f.editJson('sources.json', (json) => {
        (json.articles as Record<string, unknown>[])[0]!.file = 'articles/gone.txt';
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ id: 'nzherald-2017-07-27', field: 'file' }));
  });

  it('refuses a duplicate claim id', () => {
    const problems = problemsAfter((f) => editClaim(f, 'nzh-nations-ken', (c) => (c.id = 'nzh-nations-ind')));
    expect(problems).toEqual([expect.objectContaining({ id: 'nzh-nations-ind', field: 'id', message: 'this id is used more than once' })]);
  });

  it('refuses an article text changed by even one byte', () => {
    const problems = problemsAfter((f) => f.writeText('articles/000_7a8b99bb157f1c7e.txt', 'Foreign Minister'));
    expect(problems).toContainEqual(expect.objectContaining({ id: 'nzherald-2017-07-27', field: 'sha256' }));
  });

  it('refuses a body marker that is not in the text', () => {
    const problems = problemsAfter((f) =>
      f.editJson('sources.json', (json) => {
        (json.articles as { body: { before: string } }[])[1]!.body.before = 'You Might Not Also Read:';
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ id: 'csi-2017-07', field: 'body.before' }));
  });

  it('names each bad field of a claim that breaks the schema', () => {
    const problems = problemsAfter((f) =>
      editClaim(f, 'nzh-nations-ken', (c) => {
        c.kind = 'rumour';
        c.speaker = { type: 'report' };
      }),
    );
    expect(problems.map((p) => [p.id, p.field])).toEqual([
      ['nzh-nations-ken', 'kind'],
      ['nzh-nations-ken', 'speaker.report'],
    ]);
  });

  it('refuses article and report URLs that are not https', () => {
    const problems = problemsAfter((f) =>
      f.editJson('sources.json', (json) => {
        (json.articles as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ id: 'nzherald-2017-07-27', field: 'url', message: 'must be an https:// URL' })]);
  });

  it('lists every problem at once, one line each, in the error it throws', () => {
    const problems = problemsAfter((f) => {
      editClaim(f, 'nzh-nations-ken', (c) => (c.country = 'KEY'));
      editClaim(f, 'sb-restaurants-bgd', (c) => (c.start = 0));
      editClaim(f, 'csi-devices-prk', (c) => (c.article = 'nowhere'));
    });
    expect(problems.map((p) => p.id)).toEqual(['nzh-nations-ken', 'csi-devices-prk', 'sb-restaurants-bgd']);
    const message = new DataError(problems).message;
    expect(message).toBe(formatProblems(problems));
    expect(message.split('\n')).toHaveLength(4);
    expect(message).toMatch(/^The atlas data has 3 problems; nothing was built\./);
    expect(message).toMatch(/claims\.json, id "nzh-nations-ken", field "country": "KEY" is not a known/);
  });

  it('reports a file that is not JSON instead of throwing', () => {
    const problems = problemsAfter((f) => f.writeText('claims.json', '{ "claims": [ '));
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^not valid JSON/) })]);
  });
});

describe('hostile URLs', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/a', 'vbscript:x', '//example.org/a']) {
    it(`refuses ${url.slice(0, 24)} as an article URL`, () => {
      const problems = problemsAfter((f) =>
        f.editJson('sources.json', (json) => {
          (json.articles as Record<string, unknown>[])[0]!.url = url;
        }),
      );
      expect(problems).toEqual([expect.objectContaining({ field: 'url', message: 'must be an https:// URL' })]);
    });
  }
});
