// The verified claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), in JSON-LD:
// one annotation per claim, tagging the words of an article with the country they name. Tools that
// read Web Annotations can show the quotes on the articles, and the annotations import back into
// claims (pipeline/annotations/) as long as every quote still matches its article word for word.
//
// How a claim is written down:
// - its id is a URN, urn:report-atlas:claim:<id>, the same wherever the atlas is published;
// - the country is a semantic tag: a SpecificResource whose source is the country's entry in the EU
//   Publications Office's country authority, which names countries by their ISO 3166-1 alpha-3 code
//   (http://publications.europa.eu/resource/authority/country/IND). The few places the atlas gives a
//   user-assigned code (Kosovo, Northern Cyprus …), which no authority lists, are
//   urn:report-atlas:country:<code>;
// - its kind is a TextualBody with the purpose "classifying", and its note one with "commenting";
// - the target is the article's address, with the quote selected twice: by its exact words with the
//   text around them (TextQuoteSelector), and by its place (TextPositionSelector). Places count the
//   characters (Unicode code points) of the article text as the atlas collected it, as the model asks;
// - who speaks the words is `speaker`, a term of the atlas's own, as the claims file writes it.
import { textPositions, type TextPositions } from './text-positions.ts';
import type { ClaimKind, Content, Speaker } from './types.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The one term the annotation vocabulary lacks: the speaker, kept as the claims file writes it (a JSON literal). */
export const ATLAS_CONTEXT = { '@version': 1.1, speaker: { '@id': 'urn:report-atlas:terms:speaker', '@type': '@json' } } as const;

export const CLAIM_ID_PREFIX = 'urn:report-atlas:claim:';
export const COLLECTION_ID = 'urn:report-atlas:claims';
export const PAGE_ID = 'urn:report-atlas:claims:page-1';

/** How many characters of text before and after a quote its TextQuoteSelector carries. */
export const QUOTE_CONTEXT = 32;

const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country/';
const ATLAS_COUNTRY = 'urn:report-atlas:country:';
/** ISO 3166-1 leaves these alpha-3 codes to its users: AAA–AAZ, QMA–QZZ, XAA–XZZ and ZZA–ZZZ. */
const USER_ASSIGNED = /^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/;

export const countryIri = (iso3: string) => (USER_ASSIGNED.test(iso3) ? ATLAS_COUNTRY : COUNTRY_AUTHORITY) + iso3;

/** The alpha-3 code a country IRI stands for, or null when it is not one that `countryIri` makes. */
export function countryOfIri(iri: string): string | null {
  for (const base of [COUNTRY_AUTHORITY, ATLAS_COUNTRY]) {
    const code = iri.startsWith(base) ? iri.slice(base.length) : '';
    if (/^[A-Z]{3}$/.test(code) && countryIri(code) === iri) return code;
  }
  return null;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type CountryBody = { type: 'SpecificResource'; purpose: 'tagging'; source: string };
export type KindBody = { type: 'TextualBody'; purpose: 'classifying'; value: ClaimKind };
export type NoteBody = { type: 'TextualBody'; purpose: 'commenting'; format: 'text/plain'; value: string };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  body: (CountryBody | KindBody | NoteBody)[];
  target: { type: 'SpecificResource'; source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  speaker: Speaker;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, typeof ATLAS_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Only when there are annotations: a page has at least one. */
  first?: AnnotationPage;
  last?: string;
}

/**
 * Every claim of the content as an annotation, in the order of the claims file. `texts` holds each
 * article's full text by article id. Throws if a quote is not where its claim says, which verified
 * content rules out.
 */
export function toWebAnnotations(content: Content, texts: Readonly<Record<string, string>>): AnnotationCollection {
  const urls = new Map(content.articles.map((a) => [a.id, a.url]));
  const positions = new Map<string, TextPositions>();
  const items = content.claims.map((claim): WebAnnotation => {
    const text = texts[claim.article];
    const url = urls.get(claim.article);
    if (text === undefined || url === undefined) throw new Error(`claim "${claim.id}": its article "${claim.article}" has no text or no address`);
    const end = claim.start + claim.quote.length;
    if (text.slice(claim.start, end) !== claim.quote) throw new Error(`claim "${claim.id}": the quote is not at offset ${claim.start} of its article`);
    let at = positions.get(claim.article);
    if (!at) positions.set(claim.article, (at = textPositions(text)));
    const start = at.toCharacter(claim.start);
    const stop = at.toCharacter(end);
    const body: WebAnnotation['body'] = [
      { type: 'SpecificResource', purpose: 'tagging', source: countryIri(claim.country) },
      { type: 'TextualBody', purpose: 'classifying', value: claim.kind },
    ];
    if (claim.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: claim.note });
    return {
      id: CLAIM_ID_PREFIX + claim.id,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        type: 'SpecificResource',
        source: url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: claim.quote,
            prefix: text.slice(at.toUtf16(Math.max(0, start - QUOTE_CONTEXT)) ?? 0, claim.start),
            suffix: text.slice(end, at.toUtf16(Math.min(at.characters, stop + QUOTE_CONTEXT)) ?? text.length),
          },
          { type: 'TextPositionSelector', start, end: stop },
        ],
      },
      speaker: claim.speaker,
    };
  });
  const collection: AnnotationCollection = {
    '@context': [ANNOTATION_CONTEXT, ATLAS_CONTEXT],
    id: COLLECTION_ID,
    type: 'AnnotationCollection',
    label: 'Report Atlas: every verified quote that names a country, on the article it comes from',
    total: items.length,
  };
  if (items.length === 0) return collection;
  return { ...collection, first: { id: PAGE_ID, type: 'AnnotationPage', partOf: COLLECTION_ID, startIndex: 0, items }, last: PAGE_ID };
}

/** The collection as the build's download: JSON-LD without indentation, which would add half again to a large corpus's file. */
export const toWebAnnotationsJson = (collection: AnnotationCollection) => `${JSON.stringify(collection)}\n`;
