import { describe, expect, it } from 'vitest';
import { atlasOutputs } from './atlas-outputs.ts';
import { loadDataDir } from './load-data-dir.ts';
import { REAL_DATA } from './test-support/data-folder.ts';
import { makeCountryTable, readWorldAtlas } from './world.ts';
import { CLAIMS_ANNOTATIONS_PATH } from '../src/content/data-paths.ts';
import { annotationModelErrors } from '../src/content/test-support/annotation-model.ts';
import { w3cCollectionFailures } from '../src/content/test-support/w3c-annotation-suite.ts';
import type { AnnotationCollection } from '../src/content/web-annotations.ts';

const result = loadDataDir(REAL_DATA, makeCountryTable(readWorldAtlas('110m')));

describe('the build’s downloads', () => {
  it('include the claims as W3C Web Annotations in JSON-LD, one annotation per claim', () => {
    if (!result.ok) throw new Error('data did not verify');
    const file = atlasOutputs(result.content, result.texts).files[CLAIMS_ANNOTATIONS_PATH];
    expect(CLAIMS_ANNOTATIONS_PATH).toBe('data/claims.annotations.jsonld');
    expect(file?.type).toBe('application/ld+json; charset=utf-8');
    const doc = JSON.parse(file?.source ?? 'null') as AnnotationCollection;
    expect(annotationModelErrors(doc)).toEqual([]);
    // And by the W3C Working Group's own tests of the model's MUST rules.
    expect(w3cCollectionFailures(doc)).toEqual([]);
    expect(doc.total).toBe(result.content.claims.length);
    expect(doc.first?.items.map((a) => a.id)).toEqual(result.content.claims.map((c) => `urn:report-atlas:claim:${c.id}`));
  });
});
