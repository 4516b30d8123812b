import { describe, expect, it } from 'vitest';
import { annotationModelErrors } from './test-support/annotation-model.ts';
import { w3cCollectionFailures } from './test-support/w3c-annotation-suite.ts';
import { articleOf, countryOf, reportOf } from './test-support/builders.ts';
import type { Claim, Content } from './types.ts';
import { ANNOTATION_CONTEXT, CLAIM_ID_PREFIX, countryIri, countryOfIri, QUOTE_CONTEXT, toWebAnnotations, type WebAnnotation } from './web-annotations.ts';

const TEXT_A = 'Intro. North Korean operatives work from New Zealand, the report says. More text follows here, and then the end of the article.';
// Characters outside the Basic Multilingual Plane before the quote: UTF-16 offsets and character positions differ.
const TEXT_B = '😀😀 Headline 𝐍𝐊 on the report, by 😀 a writer\n\nFronts were set up in Thailand 🇹🇭 by officials.';

const claimAt = (id: string, country: string, article: string, text: string, quote: string, over: Partial<Claim> = {}): Claim => {
  const start = text.indexOf(quote);
  return { id, country, article, kind: 'operates-from', speaker: { type: 'report', report: 'r' }, quote, report: 'r', start, end: start + quote.length, ...over };
};

function corpus(): { content: Content; texts: Record<string, string> } {
  return {
    content: {
      articles: [articleOf('a', { url: 'https://example.org/a?x=1&y=2' }), articleOf('b', { url: 'https://example.org/b' })],
      reports: [reportOf('r')],
      countries: [countryOf('NZL'), countryOf('THA'), countryOf('XNC')],
      claims: [
        claimAt('a-nzl', 'NZL', 'a', TEXT_A, 'North Korean operatives work from New Zealand', { note: 'The report’s own words.' }),
        claimAt('b-tha', 'THA', 'b', TEXT_B, 'Fronts were set up in Thailand 🇹🇭', { kind: 'hosts-fronts', speaker: { type: 'official', name: 'A. Minister', role: 'minister', citing: 'r' } }),
        claimAt('a-xnc', 'XNC', 'a', TEXT_A, 'Intro.', { kind: 'context', speaker: { type: 'reporter', relaying: 'a source' } }),
      ],
    },
    texts: { a: TEXT_A, b: TEXT_B },
  };
}

const items = (): WebAnnotation[] => {
  const { content, texts } = corpus();
  return toWebAnnotations(content, texts).first?.items ?? [];
};

describe('the claims as W3C Web Annotations', () => {
  it('are a collection of one embedded page that meets the Web Annotation Data Model', () => {
    const { content, texts } = corpus();
    const collection = toWebAnnotations(content, texts);
    expect(annotationModelErrors(collection)).toEqual([]);
    expect(w3cCollectionFailures(collection)).toEqual([]);
    expect(collection['@context'][0]).toBe(ANNOTATION_CONTEXT);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, last: collection.first?.id, first: { type: 'AnnotationPage', partOf: collection.id } });
    expect(collection.first?.items.map((a) => a.id)).toEqual(['a-nzl', 'b-tha', 'a-xnc'].map((id) => CLAIM_ID_PREFIX + id));
  });

  it('tag the country by a stable IRI, classify the kind, and carry the note and the speaker', () => {
    const [nzl, tha, xnc] = items();
    expect(nzl?.body).toEqual([
      { type: 'SpecificResource', purpose: 'tagging', source: 'http://publications.europa.eu/resource/authority/country/NZL' },
      { type: 'TextualBody', purpose: 'classifying', value: 'operates-from' },
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'The report’s own words.' },
    ]);
    expect(tha?.body).toHaveLength(2);
    expect(tha?.speaker).toEqual({ type: 'official', name: 'A. Minister', role: 'minister', citing: 'r' });
    expect(xnc?.body[0]).toEqual({ type: 'SpecificResource', purpose: 'tagging', source: 'urn:report-atlas:country:XNC' });
    expect(nzl?.target.source).toBe('https://example.org/a?x=1&y=2');
  });

  it('select each quote by its words, with the text around it, and by its place', () => {
    const [nzl, , xnc] = items();
    const [quote, place] = nzl?.target.selector ?? [];
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'North Korean operatives work from New Zealand', prefix: 'Intro. ', suffix: ', the report says. More text fol' });
    expect(quote?.suffix).toHaveLength(QUOTE_CONTEXT);
    expect(place).toEqual({ type: 'TextPositionSelector', start: 7, end: 7 + 'North Korean operatives work from New Zealand'.length });
    // At the very start of the text there is nothing before the quote.
    expect(xnc?.target.selector[0].prefix).toBe('');
  });

  it('count places in characters (code points), as the model asks, not in UTF-16 units', () => {
    const [, tha] = items();
    const [quote, place] = tha?.target.selector ?? [];
    const utf16Start = TEXT_B.indexOf('Fronts');
    expect(place?.start).toBe([...TEXT_B.slice(0, utf16Start)].length);
    expect(place?.start).toBeLessThan(utf16Start);
    expect((place?.end ?? 0) - (place?.start ?? 0)).toBe([...'Fronts were set up in Thailand 🇹🇭'].length);
    // The prefix is 32 characters, never half of one.
    expect(quote?.prefix).toBe([...TEXT_B.slice(0, utf16Start)].slice(-QUOTE_CONTEXT).join(''));
    expect([...(quote?.prefix ?? '')]).toHaveLength(QUOTE_CONTEXT);
    expect(quote?.prefix).toContain('😀');
    expect(quote?.suffix).toBe(' by officials.');
  });

  it('make an empty collection, with no page, when there are no claims', () => {
    const { content, texts } = corpus();
    const collection = toWebAnnotations({ ...content, claims: [] }, texts);
    expect(collection).not.toHaveProperty('first');
    expect(collection.total).toBe(0);
    expect(annotationModelErrors(collection)).toEqual([]);
    expect(w3cCollectionFailures(collection)).toEqual([]);
  });

  it('refuse to write a quote that is not where its claim says', () => {
    const { content, texts } = corpus();
    expect(() => toWebAnnotations(content, { ...texts, a: TEXT_A.replace('New Zealand', 'New  Zealand') })).toThrow('claim "a-nzl"');
    expect(() => toWebAnnotations(content, { b: TEXT_B })).toThrow('claim "a-nzl"');
  });
});

describe('country IRIs', () => {
  it('are the EU country authority’s for ISO codes, and the atlas’s own for user-assigned ones, both read back', () => {
    for (const code of ['IND', 'NZL', 'PRK', 'XKX', 'XSG', 'AAB', 'QMX', 'ZZZ']) expect(countryOfIri(countryIri(code))).toBe(code);
    expect(countryIri('XKX')).toBe('urn:report-atlas:country:XKX');
    expect(countryIri('QAT')).toBe('http://publications.europa.eu/resource/authority/country/QAT');
  });

  it('read back only IRIs the atlas writes', () => {
    expect(countryOfIri('urn:report-atlas:country:IND')).toBeNull();
    expect(countryOfIri('http://publications.europa.eu/resource/authority/country/XKX')).toBeNull();
    expect(countryOfIri('http://publications.europa.eu/resource/authority/country/ind')).toBeNull();
    expect(countryOfIri('https://www.wikidata.org/entity/Q668')).toBeNull();
  });
});

type Exported = Record<string, unknown> & { first: { items: Record<string, unknown>[] } };

/** The corpus's export as plain JSON, with `edit` made to it (and to its first annotation). */
function editedExport(edit: (doc: Exported, item: Record<string, unknown>) => void): Exported {
  const { content, texts } = corpus();
  const doc = JSON.parse(JSON.stringify(toWebAnnotations(content, texts))) as Exported;
  edit(doc, doc.first.items[0] as Record<string, unknown>);
  return doc;
}

describe('the model checker the tests use', () => {
  const errorsAfter = (edit: (doc: Exported, item: Record<string, unknown>) => void) => annotationModelErrors(editedExport(edit));

  it('catches each breach of a MUST rule', () => {
    expect(errorsAfter((doc) => ((doc['@context'] as unknown[])[0] = 'http://example.org/context.jsonld'))).toEqual(['$.@context: MUST include http://www.w3.org/ns/anno.jsonld']);
    expect(errorsAfter((doc) => (doc['@context'] = [ANNOTATION_CONTEXT]))).toEqual(['$.@context: a single value MUST be a string', ...[0, 1, 2].map((i) => `$.first.items[${i}].speaker: is not a term of the model, and no context defines it`)]);
    expect(errorsAfter((_, a) => delete a.target)).toEqual(['$.first.items[0].target: MUST have one or more targets']);
    expect(errorsAfter((_, a) => (a.id = ['urn:a:b', 'urn:a:c']))).toEqual(['$.first.items[0].id: MUST be exactly one IRI']);
    expect(errorsAfter((_, a) => (a.id = 'not an iri'))).toEqual(['$.first.items[0].id: MUST be exactly one IRI']);
    expect(errorsAfter((_, a) => (a.type = 'Note'))).toEqual(['$.first.items[0].type: MUST include "Annotation"']);
    expect(errorsAfter((_, a) => delete (a.body as Record<string, unknown>[])[1]?.type)).toEqual(['$.first.items[0].body[1].type: MUST be given']);
    expect(errorsAfter((_, a) => ((a.target as { selector: Record<string, unknown>[] }).selector[1] = { type: 'TextPositionSelector', start: 5, end: 4 }))).toEqual([
      '$.first.items[0].target[0].selector[1]: end MUST NOT come before start',
    ]);
    expect(errorsAfter((_, a) => ((a.target as { selector: Record<string, unknown>[] }).selector[1] = { type: 'TextPositionSelector', start: -1, end: 2.5 }))).toHaveLength(2);
    expect(errorsAfter((_, a) => delete (a.target as { selector: Record<string, unknown>[] }).selector[0]?.exact)).toEqual(['$.first.items[0].target[0].selector[0].exact: MUST be exactly one string']);
    expect(errorsAfter((doc) => (doc.first.items = []))).toEqual(['$.first.items: MUST list one or more annotations']);
    expect(errorsAfter((doc) => (doc.type = 'Collection'))).toEqual(['$.type: MUST include "AnnotationCollection"']);
    expect(errorsAfter((_, a) => (a.speakr = a.speaker))).toEqual(['$.first.items[0].speakr: is not a term of the model, and no context defines it']);
  });
});

describe('the W3C Working Group’s tests of the model, as the tests run them', () => {
  const failuresAfter = (edit: (doc: Exported, item: Record<string, unknown>) => void) => w3cCollectionFailures(editedExport(edit)).map((f) => f.slice(0, f.indexOf('.json') + 5));

  it('fail a collection, a page or an annotation that breaks a MUST rule, naming the assertion', () => {
    expect(failuresAfter(() => undefined)).toEqual([]);
    expect(failuresAfter((doc) => (doc['@context'] = ['http://example.org/context.jsonld']))).toEqual(
      expect.arrayContaining(['collections/5.1-collectionContextValidated.json', 'collections/pages/5.2-pageContextValidated.json', 'items[0]: annotations/3.1-annotationContextValidated.json']),
    );
    expect(failuresAfter((_, a) => delete a.target)).toEqual(['items[0]: annotations/3.1-targetKeyFound.json', 'items[0]: annotations/3.2-targetObjectsRecognized.json']);
    expect(failuresAfter((_, a) => (a.type = 'Note'))).toEqual(['collections/pages/5.2-pageItemsValidated.json', 'items[0]: annotations/3.1-annotationTypeValidated.json']);
    expect(failuresAfter((_, a) => delete (a.target as { selector: Record<string, unknown>[] }).selector[0]?.exact)).toContain('items[0]: annotations/specificResource/4.2.4-textQuoteSelectorValid.json');
    expect(failuresAfter((doc) => (doc.total = -1))).toEqual(['collections/5.1-collectionTotalValidated.json']);
  });
});
