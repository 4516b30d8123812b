import { CONTENT_INDEX } from '../../content/content.ts';
import { tooltipLine } from '../../content/labels.ts';
import { useAtlas } from '../../state/store.ts';

const OFFSET = 14;

/** Name and counts of the country under the pointer; purely visual, the list and panel carry the same facts. */
export function MapTooltip({ width }: { width: number }) {
  const hover = useAtlas((s) => s.hover);
  const summary = hover ? CONTENT_INDEX.summaries.get(hover.iso3) : undefined;
  if (!hover || !summary) return null;
  const flip = hover.x > width - 240;
  const style = { left: hover.x + (flip ? -OFFSET : OFFSET), top: hover.y + OFFSET, transform: flip ? 'translateX(-100%)' : undefined };
  return (
    <div className="map-tooltip" role="tooltip" style={style}>
      <strong>{summary.name}</strong>
      <span>{tooltipLine(summary)}</span>
    </div>
  );
}
