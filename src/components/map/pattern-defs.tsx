/** Shared SVG patterns, so that classes differ by texture as well as colour. */
export function PatternDefs() {
  return (
    <svg className="pattern-defs" aria-hidden="true" width="0" height="0" focusable="false">
      <defs>
        <pattern id="context-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#c6d4e6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#5b7aa6" strokeWidth="2" />
        </pattern>
        <pattern id="kind-dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#e69f00" />
          <circle cx="3" cy="3" r="1.4" fill="#5c3a00" />
        </pattern>
        <pattern id="kind-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect width="6" height="6" fill="#009e73" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#00382a" strokeWidth="1.5" />
        </pattern>
      </defs>
    </svg>
  );
}
