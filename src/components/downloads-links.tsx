import { CLAIMS_CSV_PATH, CLAIMS_JSON_PATH } from '../content/data-paths.ts';
import './downloads-links.css';

/** The verified claims as files; the build writes them beside the app. */
export function DownloadsLinks() {
  return (
    <p className="downloads">
      Download data:{' '}
      <a href={CLAIMS_CSV_PATH} download>
        claims.csv
      </a>{' '}
      (spreadsheets; UTF-8) ·{' '}
      <a href={CLAIMS_JSON_PATH} download>
        claims.json
      </a>
    </p>
  );
}
