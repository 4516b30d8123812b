// Test helper: checks a document against the MUST rules of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/) for what the atlas writes: collections (5.1), pages
// (5.2), annotations (3.1), bodies and targets (3.2), specific resources (4), and the text quote
// and text position selectors (4.2.4, 4.2.5). Returns every breach, each with where it is.

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The motivations of 3.3.5, which are also the purposes a body may have. */
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

/** The properties the model gives an Annotation (3.1, 3.3, 4.4); anything else needs a context of its own. */
const ANNOTATION_TERMS = new Set([
  '@context', 'id', 'type', 'body', 'bodyValue', 'target', 'motivation', 'created', 'modified', 'generated',
  'creator', 'generator', 'audience', 'accessibility', 'rights', 'canonical', 'via', 'stylesheet',
]);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const values = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isNonNegativeInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** An absolute IRI: a scheme, then something. */
function isIri(v: unknown): boolean {
  if (typeof v !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** The terms an extra context object defines, beyond the model's own. */
function definedTerms(context: unknown): Set<string> {
  return new Set(values(context).flatMap((c) => (isObject(c) ? Object.keys(c).filter((k) => !k.startsWith('@')) : [])));
}

export function annotationModelErrors(doc: unknown): string[] {
  const errors: string[] = [];
  const err = (path: string, message: string) => errors.push(`${path}: ${message}`);

  const checkContext = (path: string, context: unknown) => {
    const all = values(context);
    if (!all.includes(ANNO_CONTEXT)) err(`${path}.@context`, `MUST include ${ANNO_CONTEXT}`);
    if (all.length === 1 && typeof context !== 'string') err(`${path}.@context`, 'a single value MUST be a string');
  };
  const exactlyOneIri = (path: string, v: unknown) => {
    if (values(v).length !== 1 || !isIri(values(v)[0])) err(path, 'MUST be exactly one IRI');
  };
  const hasType = (path: string, node: Json, type: string) => {
    if (!values(node.type).includes(type)) err(`${path}.type`, `MUST include "${type}"`);
  };

  const checkSelector = (path: string, s: unknown) => {
    if (isIri(s)) return;
    if (!isObject(s) || values(s.type).length === 0) return err(path, 'a selector MUST have a type');
    if (values(s.type).includes('TextQuoteSelector')) {
      if (values(s.exact).length !== 1 || typeof s.exact !== 'string') err(`${path}.exact`, 'MUST be exactly one string');
      for (const k of ['prefix', 'suffix'] as const) if (s[k] !== undefined && typeof s[k] !== 'string') err(`${path}.${k}`, 'MAY be one string, nothing else');
    }
    if (values(s.type).includes('TextPositionSelector')) {
      if (!isNonNegativeInteger(s.start)) err(`${path}.start`, 'MUST be exactly one non-negative integer');
      if (!isNonNegativeInteger(s.end)) err(`${path}.end`, 'MUST be exactly one non-negative integer');
      if (isNonNegativeInteger(s.start) && isNonNegativeInteger(s.end) && (s.end as number) < (s.start as number)) err(path, 'end MUST NOT come before start');
    }
  };

  const checkPurpose = (path: string, node: Json) => {
    for (const p of values(node.purpose)) if (typeof p !== 'string' || !MOTIVATIONS.has(p)) err(`${path}.purpose`, `"${String(p)}" is not a motivation of the model`);
  };

  /** A body or a target: an IRI, or a resource with a type (the atlas always types them). */
  const checkResource = (path: string, r: unknown) => {
    if (isIri(r)) return;
    if (!isObject(r)) return err(path, 'MUST be an IRI or an object');
    if (values(r.type).length === 0) err(`${path}.type`, 'MUST be given');
    if (r.id !== undefined) exactlyOneIri(`${path}.id`, r.id);
    checkPurpose(path, r);
    if (values(r.type).includes('TextualBody') && (values(r.value).length !== 1 || typeof r.value !== 'string')) err(`${path}.value`, 'a TextualBody MUST have exactly one string value');
    if (values(r.type).includes('SpecificResource') || r.selector !== undefined || r.source !== undefined) {
      const source = values(r.source);
      if (source.length !== 1 || !(isIri(source[0]) || (isObject(source[0]) && isIri(source[0].id)))) err(`${path}.source`, 'a SpecificResource MUST have exactly one source');
      values(r.selector).forEach((s, i) => checkSelector(`${path}.selector[${i}]`, s));
    }
  };

  const checkAnnotation = (path: string, a: unknown, extraTerms: ReadonlySet<string>, embedded: boolean) => {
    if (!isObject(a)) return err(path, 'MUST be an object');
    if (!embedded || a['@context'] !== undefined) checkContext(path, a['@context']);
    exactlyOneIri(`${path}.id`, a.id);
    hasType(path, a, 'Annotation');
    const targets = values(a.target);
    if (targets.length === 0) err(`${path}.target`, 'MUST have one or more targets');
    targets.forEach((t, i) => checkResource(`${path}.target[${i}]`, t));
    values(a.body).forEach((b, i) => checkResource(`${path}.body[${i}]`, b));
    for (const m of values(a.motivation)) if (typeof m !== 'string' || !MOTIVATIONS.has(m)) err(`${path}.motivation`, `"${String(m)}" is not a motivation of the model`);
    const terms = new Set([...extraTerms, ...definedTerms(a['@context'])]);
    for (const key of Object.keys(a)) if (!ANNOTATION_TERMS.has(key) && !terms.has(key)) err(`${path}.${key}`, 'is not a term of the model, and no context defines it');
  };

  const checkPage = (path: string, page: Json, extraTerms: ReadonlySet<string>) => {
    exactlyOneIri(`${path}.id`, page.id);
    hasType(path, page, 'AnnotationPage');
    if (!Array.isArray(page.items) || page.items.length === 0) err(`${path}.items`, 'MUST list one or more annotations');
    else page.items.forEach((item, i) => (isIri(item) ? undefined : checkAnnotation(`${path}.items[${i}]`, item, extraTerms, true)));
    if (page.partOf !== undefined && !(isIri(page.partOf) || (isObject(page.partOf) && isIri(page.partOf.id)))) err(`${path}.partOf`, 'MUST be the collection’s IRI');
    for (const k of ['next', 'prev'] as const) if (page[k] !== undefined) exactlyOneIri(`${path}.${k}`, page[k]);
    if (page.startIndex !== undefined && !isNonNegativeInteger(page.startIndex)) err(`${path}.startIndex`, 'MUST be a non-negative integer');
  };

  if (!isObject(doc)) return ['$: MUST be a JSON-LD object'];
  if (values(doc.type).includes('Annotation')) {
    checkAnnotation('$', doc, new Set(), false);
    return errors;
  }
  checkContext('$', doc['@context']);
  const extraTerms = definedTerms(doc['@context']);
  if (values(doc.type).includes('AnnotationPage')) {
    checkPage('$', doc, extraTerms);
    return errors;
  }
  exactlyOneIri('$.id', doc.id);
  hasType('$', doc, 'AnnotationCollection');
  for (const l of values(doc.label)) if (typeof l !== 'string') err('$.label', 'MUST be strings');
  if (doc.total !== undefined && !isNonNegativeInteger(doc.total)) err('$.total', 'MUST be a non-negative integer');
  const hasAnnotations = doc.total === undefined || (doc.total as number) > 0;
  if (hasAnnotations && values(doc.first).length !== 1) err('$.first', 'a collection with annotations MUST have exactly one first page');
  if (isObject(doc.first)) checkPage('$.first', doc.first, extraTerms);
  else if (doc.first !== undefined) exactlyOneIri('$.first', doc.first);
  if (doc.last !== undefined) exactlyOneIri('$.last', doc.last);
  return errors;
}
