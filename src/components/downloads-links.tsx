import { CLAIMS_ANNOTATIONS_PATH, CLAIMS_CSV_PATH, CLAIMS_JSON_PATH } from '../content/data-paths.ts';
import './downloads-links.css';

// From the atlas's base, whichever page the links are on.
const BASE = import.meta.env.BASE_URL;

/** The verified claims as files; the build writes them beside the app. */
export function DownloadsLinks() {
  return (
    <p className="downloads">
      Download data:{' '}
      <a href={`${BASE}${CLAIMS_CSV_PATH}`} download>
        claims.csv
      </a>{' '}
      (spreadsheets; UTF-8) ·{' '}
      <a href={`${BASE}${CLAIMS_JSON_PATH}`} download>
        claims.json
      </a>{' '}
      ·{' '}
      <a href={`${BASE}${CLAIMS_ANNOTATIONS_PATH}`} download>
        annotations
      </a>{' '}
      (W3C Web Annotation, JSON-LD)
    </p>
  );
}
