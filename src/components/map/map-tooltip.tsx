import { tooltipLine } from '../../content/labels.ts';
import { useUi } from '../../state/ui-store.ts';
import { useIndex } from '../content-context.tsx';
import './map-tooltip.css';

const OFFSET = 14;

/** Name and counts of the country under the pointer; purely visual, the list and panel carry the same facts. */
export function MapTooltip() {
  const hover = useUi((s) => s.hover);
  const index = useIndex();
  const summary = hover ? index.summaries.get(hover.iso3) : undefined;
  if (!hover || !summary) return null;
  const flip = hover.x > hover.boxWidth - 240;
  const style = { left: hover.x + (flip ? -OFFSET : OFFSET), top: hover.y + OFFSET, transform: flip ? 'translateX(-100%)' : undefined };
  return (
    <div className="map-tooltip" role="tooltip" style={style}>
      <strong>{summary.name}</strong>
      <span>{tooltipLine(summary)}</span>
    </div>
  );
}
