import { summaryLine } from '../content/labels.ts';
import { useAtlas } from '../state/store.ts';
import { useContent, useIndex } from './content-context.tsx';

/** Says which country was selected, for screen reader users wherever their focus is. */
export function SelectionAnnouncer() {
  const country = useAtlas((s) => s.country);
  const index = useIndex();
  const { summary: shipped } = useContent();
  const summary = country === null ? undefined : index.summaries.get(country);
  return (
    <p className="visually-hidden" aria-live="polite">
      {summary ? `${summary.name} selected. ${summaryLine(summary, shipped.articleCount)}` : ''}
    </p>
  );
}
