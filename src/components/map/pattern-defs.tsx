/** Shared SVG patterns, so that context-only countries differ by texture as well as colour. */
export function PatternDefs() {
  return (
    <svg className="pattern-defs" aria-hidden="true" width="0" height="0" focusable="false">
      <defs>
        <pattern id="context-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#c6d4e6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#5b7aa6" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  );
}
