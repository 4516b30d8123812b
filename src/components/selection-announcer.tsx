import { SUMMARY } from '../content/summary-index.ts';
import { summaryLine } from '../content/labels.ts';
import { useIndex } from '../state/atlas-model.ts';
import { useAtlas } from '../state/store.ts';

/** Says which country was selected, for screen reader users wherever their focus is. */
export function SelectionAnnouncer() {
  const country = useAtlas((s) => s.country);
  const index = useIndex();
  const summary = country === null ? undefined : index.summaries.get(country);
  return (
    <p className="visually-hidden" aria-live="polite">
      {summary ? `${summary.name} selected. ${summaryLine(summary, SUMMARY.articleCount)}` : ''}
    </p>
  );
}
