// Web Annotations read back into claims, shaped as claims.json writes them. An annotation is
// refused, by its id and field, when it is malformed, when its article is not in the data, or when
// its quote no longer sits word for word where it says, with the same text around it.
import { idOf } from '../parse-data.ts';
import type { Problem } from '../problems.ts';
import { claimSchema, type RawClaim } from '../schema.ts';
import { quoteMismatch, type QuoteSelectors } from './quote-check.ts';
import { textPositions, type TextPositions } from '../../src/content/text-positions.ts';
import { ANNOTATION_CONTEXT, CLAIM_ID_PREFIX, countryOfIri } from '../../src/content/web-annotations.ts';

/** An article of the data folder: its address, and its text (null when the file is missing). */
export interface ArticleText {
  id: string;
  url: string;
  file: string;
  text: string | null;
}

export interface ImportInput {
  /** The annotations file, as messages name it. */
  file: string;
  json: unknown;
  /** The sources file, as messages name it. */
  sourcesFile: string;
  articles: readonly ArticleText[];
}

export type ImportResult = { ok: true; claims: RawClaim[] } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A JSON-LD value that may be one item or an array of them. */
const many = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const hasType = (node: Json, type: string) => many(node.type).includes(type);
/** An IRI given as a string or as a node with an id. */
const iriOf = (value: unknown): string | null => (typeof value === 'string' ? value : isObject(value) && typeof value.id === 'string' ? value.id : null);

/** The annotations of a collection with its one page embedded, of a page, or a single annotation. */
function annotationsOf(json: unknown, problem: (field: string | undefined, message: string) => void): unknown[] | null {
  if (!isObject(json)) {
    problem(undefined, 'expected a JSON-LD object: an AnnotationCollection, an AnnotationPage or an Annotation');
    return null;
  }
  if (!many(json['@context']).includes(ANNOTATION_CONTEXT)) {
    problem('@context', `must include "${ANNOTATION_CONTEXT}"`);
    return null;
  }
  if (hasType(json, 'Annotation')) return [json];
  let page: unknown = json;
  if (hasType(json, 'AnnotationCollection')) {
    if (json.total === 0 && json.first === undefined) return [];
    page = json.first;
    if (!isObject(page)) {
      problem('first', typeof page === 'string' ? 'the first page is only referenced by its address; embed it in the file' : 'the collection has no first page of annotations');
      return null;
    }
  }
  if (!isObject(page) || !hasType(page, 'AnnotationPage') || !Array.isArray(page.items)) {
    problem(page === json ? 'type' : 'first', 'expected an AnnotationCollection, an AnnotationPage with items, or an Annotation');
    return null;
  }
  if (page.next !== undefined) {
    problem('first.next', 'the annotations go on in further pages; put them all in one page');
    return null;
  }
  if (page !== json && typeof json.total === 'number' && json.total !== page.items.length) {
    problem('total', `the collection says it has ${json.total} annotations, but its page has ${page.items.length}`);
    return null;
  }
  return page.items;
}

interface Bodies {
  country: string;
  kind: unknown;
  /** Absent when the claim has no note. */
  note?: unknown;
}

/** The country, kind and note of an annotation's bodies; each body must be one of the three, and each once. */
function readBodies(body: unknown, problem: (field: string, message: string) => void): Bodies | null {
  const countries: string[] = [];
  const kinds: unknown[] = [];
  const notes: unknown[] = [];
  let ok = true;
  const refuse = (message: string) => {
    problem('body', message);
    ok = false;
  };
  for (const b of many(body)) {
    if (!isObject(b) || b.type === undefined) refuse('every body needs a type');
    else if (hasType(b, 'SpecificResource') && b.purpose === 'tagging') {
      const iri = iriOf(b.source);
      const country = iri === null ? null : countryOfIri(iri);
      if (country === null) refuse(`the tag ${JSON.stringify(iri ?? b.source ?? null)} is not a country IRI the atlas writes`);
      else countries.push(country);
    } else if (hasType(b, 'TextualBody') && b.purpose === 'classifying') kinds.push(b.value);
    else if (hasType(b, 'TextualBody') && b.purpose === 'commenting') notes.push(b.value);
    else refuse(`a body the atlas does not read: ${JSON.stringify(b).slice(0, 120)}`);
  }
  if (!ok) return null;
  const [country] = countries;
  if (countries.length !== 1 || country === undefined) refuse('needs exactly one country tag: a SpecificResource with the purpose "tagging" whose source is the country');
  if (kinds.length !== 1) refuse('needs exactly one kind: a TextualBody with the purpose "classifying"');
  if (notes.length > 1) refuse('has more than one note ("commenting" body)');
  if (!ok || country === undefined) return null;
  return { country, kind: kinds[0], ...(notes.length === 1 ? { note: notes[0] } : {}) };
}

/** The quote's two selectors: the exact words with the text around them, and their place. */
function readSelectors(target: Json, problem: (field: string, message: string) => void): QuoteSelectors | null {
  const selectors = many(target.selector);
  const quotes = selectors.filter((s) => isObject(s) && hasType(s, 'TextQuoteSelector')) as Json[];
  const places = selectors.filter((s) => isObject(s) && hasType(s, 'TextPositionSelector')) as Json[];
  const others = selectors.length - quotes.length - places.length;
  const [quote] = quotes;
  const [place] = places;
  if (quotes.length !== 1 || places.length !== 1 || others > 0 || !quote || !place) {
    problem('target.selector', 'needs exactly one TextQuoteSelector and one TextPositionSelector, and no other selector');
    return null;
  }
  const { exact, prefix, suffix } = quote;
  if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') {
    problem('target.selector', 'the TextQuoteSelector needs its exact words and the prefix and suffix around them, as strings');
    return null;
  }
  const { start, end } = place;
  const position = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!position(start) || !position(end) || end < start) {
    problem('target.selector', 'the TextPositionSelector needs a start and an end, whole numbers from 0, the end not before the start');
    return null;
  }
  return { exact, prefix, suffix, start, end };
}

interface Context {
  file: string;
  sourcesFile: string;
  byUrl: ReadonlyMap<string, ArticleText[]>;
  positions: Map<string, TextPositions>;
}

function readAnnotation(item: unknown, index: number, ctx: Context, problems: Problem[]): RawClaim | null {
  const name = isObject(item) && typeof item.id === 'string' && item.id !== '' ? item.id : `#${index + 1} (no id)`;
  const before = problems.length;
  const problem = (field: string, message: string) => problems.push({ file: ctx.file, id: name, field, message });
  if (!isObject(item)) {
    problem('type', 'not an annotation: expected a JSON object');
    return null;
  }
  if (typeof item.id !== 'string' || item.id === '') problem('id', 'every annotation needs one id');
  else if (!item.id.startsWith(CLAIM_ID_PREFIX)) problem('id', `is not a claim of the atlas: claim ids start ${CLAIM_ID_PREFIX}`);
  if (!hasType(item, 'Annotation')) problem('type', 'must include "Annotation"');
  if (!isObject(item.speaker)) problem('speaker', 'names who speaks the quoted words, as the claims file does; it is missing');

  const targets = many(item.target);
  const [target] = targets;
  if (targets.length !== 1 || !isObject(target)) {
    problem('target', targets.length === 0 ? 'every annotation needs a target: the article and the quote in it' : 'needs exactly one target, an object');
  }
  const bodies = readBodies(item.body, problem);
  const selectors = isObject(target) && targets.length === 1 ? readSelectors(target, problem) : null;
  const url = isObject(target) ? iriOf(target.source) : null;
  if (isObject(target) && url === null) problem('target.source', 'needs the address of the article');
  const matches = url === null ? [] : (ctx.byUrl.get(url) ?? []);
  const [article] = matches;
  if (url !== null && matches.length === 0) problem('target.source', `no article in ${ctx.sourcesFile} has the address ${url}`);
  if (matches.length > 1) problem('target.source', `the address ${url} is shared by articles ${matches.map((a) => `"${a.id}"`).join(' and ')}, so the quote cannot be placed`);
  if (matches.length === 1 && article?.text === null) problem('target.source', `the text of article "${article.id}" (${article.file}) is missing`);
  if (problems.length > before || !bodies || !selectors || !article || article.text === null || matches.length !== 1) return null;

  let at = ctx.positions.get(article.id);
  if (!at) ctx.positions.set(article.id, (at = textPositions(article.text)));
  const mismatch = quoteMismatch(article.text, at, selectors);
  if (mismatch !== null) {
    problem('target.selector', `${mismatch} (article "${article.id}", ${article.file})`);
    return null;
  }
  const candidate = {
    id: (item.id as string).slice(CLAIM_ID_PREFIX.length),
    country: bodies.country,
    article: article.id,
    kind: bodies.kind,
    speaker: item.speaker,
    quote: selectors.exact,
    start: at.toUtf16(selectors.start),
    ...('note' in bodies ? { note: bodies.note } : {}),
  };
  const parsed = claimSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problem(issue.path.map(String).join('.') || 'id', issue.message);
  return null;
}

/** The claims of every annotation in the file, in its order; or, if any is refused, every refusal. */
export function claimsFromAnnotations(input: ImportInput): ImportResult {
  const problems: Problem[] = [];
  const items = annotationsOf(input.json, (field, message) => problems.push({ file: input.file, ...(field ? { field } : {}), message }));
  if (items === null) return { ok: false, problems };

  const byUrl = new Map<string, ArticleText[]>();
  for (const a of input.articles) byUrl.set(a.url, [...(byUrl.get(a.url) ?? []), a]);
  const ctx: Context = { file: input.file, sourcesFile: input.sourcesFile, byUrl, positions: new Map() };
  const claims = items.map((item, index) => readAnnotation(item, index, ctx, problems));

  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) seen.set(idOf(item, index), (seen.get(idOf(item, index)) ?? 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push({ file: input.file, id, field: 'id', message: `${count} annotations have this id` });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, claims: claims.filter((c): c is RawClaim => c !== null) };
}
