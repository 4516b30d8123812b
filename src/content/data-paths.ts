// Where the data files are served, relative to the site's root: the pipeline writes them here and
// the browser fetches or links to them here, so the two can never disagree.

/** One country's quotes, fetched when the country is first opened or about to be. */
export const countryQuotesPath = (iso3: string) => `data/countries/${iso3}.json`;

/** Every quote and article id, fetched to check a link that names one. */
export const ID_INDEX_PATH = 'data/ids.json';

/** The verified claims, for people to download. */
export const CLAIMS_CSV_PATH = 'data/claims.csv';
export const CLAIMS_JSON_PATH = 'data/claims.json';

/** The verified claims as W3C Web Annotations (JSON-LD), for annotation tools. */
export const CLAIMS_ANNOTATIONS_PATH = 'data/claims.annotations.jsonld';

/** What the development server tells its pages when the data folder has changed and verified, so that they read it again. */
export const DATA_CHANGED_EVENT = 'atlas:data-changed';
