import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCompleteness, describeCompleteness } from './extract/completeness.ts';
import { readCompletenessData } from './extract/completeness-data.ts';

/** The assertion the real data must pass: no mention without a claim or a reasoned not-claim, no stale not-claim. */
function expectComplete(dataDir: string) {
  const { articles, claims, notClaims } = readCompletenessData(dataDir);
  expect(articles.length, 'no articles were read').toBeGreaterThan(0);
  const gaps = describeCompleteness(checkCompleteness(articles, claims, notClaims));
  // The lines go into the assertion's own message: a diff alone would hide them behind "Array(1)".
  expect(gaps, `\n${gaps.join('\n')}\n`).toEqual([]);
}

const fixtureDir = mkdtempSync(join(tmpdir(), 'atlas-completeness-'));
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

// Files as the data folder's schemas require them; the completeness check reads them through those.
const report = { id: 'fixture-report', publisher: 'Fixture', origin: 'Fixture', title: 'A report', published: '2017-07-25', url: null };
const article = {
  id: 'fixture-article',
  file: 'fixture.txt',
  sha256: '0'.repeat(64),
  publisher: 'Fixture News',
  headline: null,
  url: 'https://example.org/fixture',
  published: null,
  reportsOn: ['fixture-report'],
  body: { after: null, before: null },
};
const claim = { id: 'fixture-ken', country: 'KEN', article: 'fixture-article', kind: 'operates-from', speaker: { type: 'reporter' }, quote: 'Kenya', start: 36 };

function writeFixture(notClaims: object[]) {
  const text = 'Investigators traced the servers to Kenya.\nA second address was in Peru.\n';
  const json = (file: string, value: unknown) => writeFileSync(join(fixtureDir, file), JSON.stringify(value));
  writeFileSync(join(fixtureDir, 'fixture.txt'), text);
  json('sources.json', { articles: [article], reports: [report] });
  json('claims.json', { claims: [claim] });
  json('not-claims.json', { about: 'fixture', notClaims });
}

describe('every country an article names is claimed or explicitly not a claim', () => {
  it('the shipped data is complete', () => {
    expectComplete('data');
  });

  it('an article naming a country with no claim fails, naming the article, the country and the text', () => {
    writeFixture([]);
    expect(() => expectComplete(fixtureDir)).toThrow(/article "fixture-article": PER is named as "Peru"/);
  });

  it('a reasoned not-claim entry covers the mention', () => {
    writeFixture([{ article: 'fixture-article', country: 'PER', text: 'Peru', reason: 'fixture: pretend it is not a claim' }]);
    expect(() => expectComplete(fixtureDir)).not.toThrow();
  });

  it('a not-claim entry that matches no mention fails as stale', () => {
    writeFixture([
      { article: 'fixture-article', country: 'PER', text: 'Peru', reason: 'fixture' },
      { article: 'fixture-article', country: 'CHL', text: 'Chile', reason: 'fixture' },
    ]);
    expect(() => expectComplete(fixtureDir)).toThrow(/"fixture-article", CHL "Chile" matches no mention any more/);
  });

  it('a not-claim entry without a reason is refused', () => {
    writeFixture([{ article: 'fixture-article', country: 'PER', text: 'Peru' }]);
    expect(() => expectComplete(fixtureDir)).toThrow(/reason/);
  });
});
