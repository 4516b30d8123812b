// Runs the W3C Web Annotation Working Group's own tests of what the model requires (copied, unchanged,
// into w3c-annotation-tests/) on a document: an auditor of the atlas's annotations that nobody here
// wrote. Each assertion is a JSON Schema (draft 04) with the result it expects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = join(import.meta.dirname, 'w3c-annotation-tests');

interface Assertion {
  id: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: 'failAndContinue' | 'failAndSkip' | 'passAndContinue' | 'passAndSkip';
  errorMessage?: string;
}

/** The Working Group's three tests of the model's MUST rules: for an annotation, a collection and a page. */
export const W3C_MUST_TESTS = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const;

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

/** Each of the three tests' assertions, compiled once: the schema's validator, and what it expects. */
function compileTests() {
  // The schemas carry the harness's own keywords (assertionType, expectedResult…), which are not JSON Schema's.
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  for (const file of readdirSync(join(ROOT, 'definitions'))) if (file.endsWith('.json')) ajv.addSchema(readJson(join('definitions', file)));
  const compile = (test: string) =>
    (readJson(test) as { assertions: string[] }).assertions.map((path) => {
      const assertion = readJson(path) as unknown as Assertion;
      return { path, assertion, validate: ajv.compile(assertion) };
    });
  return { annotation: compile(W3C_MUST_TESTS.annotation), collection: compile(W3C_MUST_TESTS.collection), page: compile(W3C_MUST_TESTS.page) };
}

let compiled: ReturnType<typeof compileTests> | null = null;

/**
 * The assertions of one of the Working Group's tests that the document fails, each as its file and
 * the Working Group's own message; none when the document meets every one.
 */
export function w3cFailures(test: keyof typeof W3C_MUST_TESTS, doc: unknown): string[] {
  compiled ??= compileTests();
  return compiled[test].flatMap(({ path, assertion, validate }) => {
    const result = validate(doc) ? 'valid' : 'invalid';
    if (result === assertion.expectedResult || assertion.onUnexpectedResult.startsWith('pass')) return [];
    return [`${path}: ${assertion.errorMessage ?? 'fails'}`];
  });
}

/**
 * Every failure of an annotation collection with its page embedded: the collection's and the page's
 * tests on the whole document (as the page test asks; an empty collection has no page), and the
 * annotation test on each annotation as it stands alone, with the context it inherits from the collection.
 */
export function w3cCollectionFailures(doc: { '@context'?: unknown; first?: { items?: readonly object[] } }): string[] {
  const items = doc.first?.items ?? [];
  return [
    ...w3cFailures('collection', doc),
    ...(doc.first ? w3cFailures('page', doc) : []),
    ...items.flatMap((item, i) => w3cFailures('annotation', { '@context': doc['@context'], ...item }).map((failure) => `items[${i}]: ${failure}`)),
  ];
}
