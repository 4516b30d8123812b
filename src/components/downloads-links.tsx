import './downloads-links.css';

/** The verified claims as files; the build writes them beside the app. */
export function DownloadsLinks() {
  return (
    <p className="downloads">
      Download data:{' '}
      <a href="data/claims.csv" download>
        claims.csv
      </a>{' '}
      (spreadsheets; UTF-8) ·{' '}
      <a href="data/claims.json" download>
        claims.json
      </a>
    </p>
  );
}
