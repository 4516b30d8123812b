import { FILL_PATTERNS, PATTERN_SIZE } from '../../state/choropleth-patterns.ts';
import './map-palette.css';
import './pattern-defs.css';

const s = PATTERN_SIZE;

/** Shared SVG patterns, so that classes differ by texture as well as colour. */
export function PatternDefs() {
  return (
    <svg className="pattern-defs" aria-hidden="true" width="0" height="0" focusable="false">
      <defs>
        {FILL_PATTERNS.map((p) => (
          <pattern key={p.id} id={p.id} width={s} height={s} patternUnits="userSpaceOnUse" patternTransform={p.rotate ? `rotate(${p.rotate})` : undefined}>
            <rect className="pattern-ground" width={s} height={s} />
            {p.mark.kind === 'line' ? (
              <line className="pattern-mark" x1="0" y1="0" x2="0" y2={s} strokeWidth={p.mark.width} />
            ) : (
              <circle className="pattern-mark" cx={s / 2} cy={s / 2} r={p.mark.radius} />
            )}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
