import type { MapGeometry } from '../../geo/map-geometry.ts';
import { useAtlas } from '../../state/store.ts';
import { useUi } from '../../state/ui-store.ts';
import './map-highlights.css';

/** Outlines for the hovered and the selected country, drawn above every other shape. */
export function MapHighlights({ geometry }: { geometry: MapGeometry }) {
  const hovered = useUi((s) => s.hover?.iso3 ?? null);
  const selected = useAtlas((s) => s.country);
  const focused = useUi((s) => s.keyFocus);
  const focusPath = focused === null ? undefined : geometry.byIso3.get(focused);
  const hoverPath = hovered === null ? undefined : geometry.byIso3.get(hovered);
  const selectedPath = selected === null ? undefined : geometry.byIso3.get(selected);
  return (
    <g id="highlights" pointerEvents="none">
      {hoverPath && hovered !== selected && <path className="hover-outline" d={hoverPath.d} />}
      {focusPath && (
        <g className="focus-outline" data-focused={focused ?? undefined}>
          <path className="focus-halo" d={focusPath.d} />
          <path className="focus-line" d={focusPath.d} />
        </g>
      )}
      {selectedPath && (
        <g className="selected-outline" data-selected={selected ?? undefined}>
          <path className="selected-halo" d={selectedPath.d} />
          <path className="selected-line" d={selectedPath.d} />
        </g>
      )}
    </g>
  );
}
