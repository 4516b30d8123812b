import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../load-data-dir.ts';
import type { Problem } from '../problems.ts';
import { copyOfRealData, REAL_DATA, type DataFolder } from '../test-support/data-folder.ts';
import { makeCountryTable, readWorldAtlas } from '../world.ts';
import { claimsFromAnnotations, type ArticleText } from './annotation-claims.ts';
import { readDataArticles } from './data-articles.ts';
import { annotationModelErrors } from '../../src/content/test-support/annotation-model.ts';
import { w3cCollectionFailures } from '../../src/content/test-support/w3c-annotation-suite.ts';
import { articleOf, countryOf, reportOf } from '../../src/content/test-support/builders.ts';
import { toWebAnnotations, type AnnotationCollection, type WebAnnotation } from '../../src/content/web-annotations.ts';

const countries = makeCountryTable(readWorldAtlas('110m'));
const FILE = 'claims.annotations.jsonld';
const realClaims = () => (JSON.parse(readFileSync(join(REAL_DATA, 'claims.json'), 'utf8')) as { claims: unknown[] }).claims;

/** The build's export of a data folder, as a file would hold it. */
function exported(dataDir = REAL_DATA): AnnotationCollection & { first: { items: WebAnnotation[] } } {
  const result = loadDataDir(dataDir, countries);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return JSON.parse(JSON.stringify(toWebAnnotations(result.content, result.texts))) as AnnotationCollection & { first: { items: WebAnnotation[] } };
}

const importInto = (json: unknown, dataDir = REAL_DATA) => claimsFromAnnotations({ file: FILE, json, ...readDataArticles(dataDir) });

/** The refusals of an import that must fail. */
function refusals(json: unknown, dataDir = REAL_DATA): Problem[] {
  const result = importInto(json, dataDir);
  if (result.ok) throw new Error('expected the annotations to be refused');
  return result.problems;
}

/** The real export with one annotation changed. */
function withEdit(id: string, edit: (a: WebAnnotation & Record<string, unknown>) => void) {
  const doc = exported();
  const annotation = doc.first.items.find((a) => a.id === `urn:report-atlas:claim:${id}`);
  if (!annotation) throw new Error(`no annotation ${id}`);
  edit(annotation as WebAnnotation & Record<string, unknown>);
  return doc;
}

const named = (id: string, field: string, message: string | RegExp) => ({ file: FILE, id: `urn:report-atlas:claim:${id}`, field, message: expect.stringMatching(message) });

let folder: DataFolder | null = null;
afterEach(() => {
  folder?.remove();
  folder = null;
});

describe('the real data as W3C Web Annotations', () => {
  it('meets the Web Annotation Data Model, one annotation per claim', () => {
    const doc = exported();
    expect(annotationModelErrors(doc)).toEqual([]);
    expect(w3cCollectionFailures(doc)).toEqual([]);
    expect(doc.total).toBe(realClaims().length);
    expect(doc.first.items).toHaveLength(realClaims().length);
  });

  it('round-trips through the import to the same claims, in the same order', () => {
    const result = importInto(exported());
    expect(result).toEqual({ ok: true, claims: realClaims() });
  });
});

describe('an annotation that no longer matches its article', () => {
  it('is refused by name when its exact words were edited', () => {
    const doc = withEdit('nzh-huawei-aus', (a) => (a.target.selector[0].exact = a.target.selector[0].exact.replace('Australia', 'Austria')));
    expect(refusals(doc)).toEqual([named('nzh-huawei-aus', 'target.selector', /^the quote was expected at characters 2296–2479, where the article reads "Pressed further about Australia's.*; the quote appears nowhere in the article \(article "nzherald-2017-07-27", data\/articles\/000_7a8b99bb157f1c7e\.txt\)$/)]);
  });

  it('is refused when its place is shifted, even though its words are in the article elsewhere', () => {
    const doc = withEdit('sb-hub-nzl', (a) => {
      a.target.selector[1].start += 3;
      a.target.selector[1].end += 3;
    });
    expect(refusals(doc)).toEqual([named('sb-hub-nzl', 'target.selector', /^the quote was expected at characters 297–535, where the article reads ".*"…; the same words appear at character 294, but a quote is never moved/)]);
  });

  it('is refused when the words are at its place but the text around them differs', () => {
    const prefix = withEdit('csi-devices-prk', (a) => (a.target.selector[0].prefix = `x${a.target.selector[0].prefix.slice(1)}`));
    expect(refusals(prefix)).toEqual([named('csi-devices-prk', 'target.selector', /^the quote is at characters 1179–1329, but the text before it has changed: expected "x.*", the article has ".*"/)]);
    const suffix = withEdit('csi-devices-prk', (a) => (a.target.selector[0].suffix += ' and more'));
    expect(refusals(suffix)).toEqual([named('csi-devices-prk', 'target.selector', /but the text after it has changed/)]);
  });

  it('is refused when the article text has changed under it, naming each one that no longer matches', () => {
    folder = copyOfRealData();
    const file = 'articles/004_21f0483626f08cf5.txt';
    const text = readFileSync(join(folder.dir, file), 'utf8');
    // A word inside one quote changes, and the opening quotation mark before another; nothing moves.
    const edited = text.replace('Thailand and Bangladesh host', 'Thailand and Bangladesh have').replace('“North Korea uses its overseas', '"North Korea uses its overseas');
    expect(edited).toHaveLength(text.length);
    folder.writeText(file, edited);
    const problems = refusals(exported(), folder.dir);
    expect(problems).toEqual([
      named('sb-restaurants-tha', 'target.selector', /^the quote was expected at characters 1733–1884, where the article reads "Thailand and Bangladesh have North Korean.*"…; the quote appears nowhere in the article/),
      named('sb-restaurants-bgd', 'target.selector', /where the article reads "Thailand and Bangladesh have/),
      named('sb-overseas-prk', 'target.selector', /^the quote is at characters 1537–1732, but the text before it has changed: expected "d cyber operations programs’\.\\n\\n“", the article has "d cyber operations programs’\.\\n\\n\\""/),
    ]);

    // A line added at the top moves every quote of the article: each is refused, not re-anchored.
    folder.writeText(file, `A new first line.\n${text}`);
    const moved = refusals(exported(), folder.dir);
    const ofArticle = exported().first.items.filter((a) => a.target.source.includes('securitybrief'));
    expect(moved.map((p) => p.id)).toEqual(ofArticle.map((a) => a.id));
    expect(moved[0]?.message).toMatch(/the same words appear at character 102, but a quote is never moved/);
  });

  it('is refused when its TextPositionSelector and its exact words differ in length', () => {
    const doc = withEdit('sb-hub-nzl', (a) => (a.target.selector[1].end -= 1));
    expect(refusals(doc)).toEqual([named('sb-hub-nzl', 'target.selector', /^the quote was expected at characters 294–531, where .*; its words start there but end at character 532 \(article/)]);
  });
});

describe('an annotation the import cannot place', () => {
  it('is refused by name when its article’s address is not in the data', () => {
    const doc = withEdit('sb-hub-nzl', (a) => (a.target.source = 'https://example.org/not-collected'));
    expect(refusals(doc)).toEqual([named('sb-hub-nzl', 'target.source', 'no article in data/sources.json has the address https://example.org/not-collected')]);
  });

  it('is refused by name, with the field, when it is malformed', () => {
    const cases: [string, (a: WebAnnotation & Record<string, unknown>) => void, string, RegExp][] = [
      ['nzh-gcsb-look-nzl', (a) => delete (a as Partial<WebAnnotation>).type, 'type', /must include "Annotation"/],
      ['nzh-gcsb-look-nzl', (a) => delete (a as Partial<WebAnnotation>).target, 'target', /needs a target/],
      ['nzh-gcsb-look-nzl', (a) => delete (a.target as Partial<WebAnnotation['target']>).selector, 'target.selector', /exactly one TextQuoteSelector and one TextPositionSelector/],
      ['nzh-gcsb-look-nzl', (a) => a.target.selector.pop(), 'target.selector', /exactly one TextQuoteSelector and one TextPositionSelector/],
      ['nzh-gcsb-look-nzl', (a) => ((a.target.selector[1] as { start: unknown }).start = '2568'), 'target.selector', /needs a start and an end/],
      ['nzh-gcsb-look-nzl', (a) => delete (a.target.selector[0] as Partial<WebAnnotation['target']['selector'][0]>).prefix, 'target.selector', /prefix and suffix/],
      ['nzh-gcsb-look-nzl', (a) => delete (a.body[1] as { type?: string }).type, 'body', /every body needs a type/],
      ['nzh-gcsb-look-nzl', (a) => a.body.splice(1, 1), 'body', /exactly one kind/],
      ['nzh-gcsb-look-nzl', (a) => (a.body[0] = { type: 'SpecificResource', purpose: 'tagging', source: 'https://www.wikidata.org/entity/Q664' }), 'body', /is not a country IRI/],
      ['nzh-gcsb-look-nzl', (a) => (a.body[1] = { type: 'TextualBody', purpose: 'classifying', value: 'mentions' as 'context' }), 'kind', /./],
      ['nzh-gcsb-look-nzl', (a) => delete (a as Partial<WebAnnotation>).speaker, 'speaker', /is missing/],
      ['nzh-gcsb-look-nzl', (a) => (a.speaker = { type: 'official', name: 'Gerry Brownlee' } as WebAnnotation['speaker']), 'speaker.role', /./],
    ];
    for (const [id, edit, field, message] of cases) expect(refusals(withEdit(id, edit)), field).toEqual([named(id, field, message)]);
  });

  it('is refused when it is not a claim of the atlas, or when two share an id', () => {
    expect(refusals(withEdit('sb-hub-nzl', (a) => (a.id = 'https://example.org/anno/1')))).toEqual([
      { file: FILE, id: 'https://example.org/anno/1', field: 'id', message: 'is not a claim of the atlas: claim ids start urn:report-atlas:claim:' },
    ]);
    expect(refusals(withEdit('sb-hub-nzl', (a) => (a.id = 'urn:report-atlas:claim:sb-countered-nzl')))).toEqual([named('sb-countered-nzl', 'id', '2 annotations have this id')]);
    expect(refusals(withEdit('sb-hub-nzl', (a) => (a.id = 'urn:report-atlas:claim:Not An Id')))).toEqual([named('Not An Id', 'id', /lower-case words/)]);
  });

  it('refuses a file that is not a collection, a page or an annotation of the model', () => {
    const doc = exported();
    expect(refusals({ ...doc, '@context': 'https://schema.org' })).toEqual([{ file: FILE, field: '@context', message: 'must include "http://www.w3.org/ns/anno.jsonld"' }]);
    expect(refusals({ ...doc, first: 'https://example.org/page1' })).toEqual([{ file: FILE, field: 'first', message: expect.stringMatching(/only referenced by its address/) }]);
    expect(refusals({ ...doc, total: 3 })).toEqual([{ file: FILE, field: 'total', message: `the collection says it has 3 annotations, but its page has ${realClaims().length}` }]);
    expect(refusals([doc])).toEqual([{ file: FILE, message: expect.stringMatching(/^expected a JSON-LD object/) }]);
  });

  it('reads a page, or a single annotation, as well as a collection', () => {
    const doc = exported();
    expect(importInto({ '@context': doc['@context'], ...doc.first })).toEqual({ ok: true, claims: realClaims() });
    expect(importInto({ '@context': doc['@context'], ...doc.first.items[3] })).toEqual({ ok: true, claims: [realClaims()[3]] });
  });
});

describe('places in a text with characters outside the Basic Multilingual Plane', () => {
  it('come back as the UTF-16 offsets the claims file uses', () => {
    const text = '😀 Lead 𝐍𝐊 line.\n\nFronts were set up in Thailand 🇹🇭, the report said. 😀';
    const quote = 'Fronts were set up in Thailand 🇹🇭';
    const start = text.indexOf(quote);
    const claim = { id: 'b-tha', country: 'THA', article: 'b', kind: 'hosts-fronts' as const, speaker: { type: 'report' as const, report: 'r' }, quote, start };
    const content = { articles: [articleOf('b', { url: 'https://example.org/b' })], reports: [reportOf('r')], countries: [countryOf('THA')], claims: [{ ...claim, report: 'r', end: start + quote.length }] };
    const doc = toWebAnnotations(content, { b: text });
    // 😀, 𝐍 and 𝐊 are one character each but two UTF-16 units.
    expect(doc.first?.items[0]?.target.selector[1].start).toBe(start - 3);
    const articles: ArticleText[] = [{ id: 'b', url: 'https://example.org/b', file: 'articles/b.txt', text }];
    expect(claimsFromAnnotations({ file: FILE, json: JSON.parse(JSON.stringify(doc)), sourcesFile: 'sources.json', articles })).toEqual({ ok: true, claims: [claim] });
  });
});
