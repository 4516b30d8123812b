// Where the map zooms to show a country: one rule for the app's animated zoom and for a page
// prerendered with the country selected, so that the app takes the page over exactly where it is.
type Box = [[number, number], [number, number]];

/** A zoom, as d3-zoom keeps it: scale k, then translate by x and y (in view-box units). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/** A country fills this much of the view, at most: the rest is the land around it that says where it is. */
const FILL = 0.55;
/** Closer than this, a small country loses its neighbours. */
export const MAX_SCALE_TO_COUNTRY = 5;

export function transformToFit([[x0, y0], [x1, y1]]: Box, width: number, height: number): ViewTransform {
  const k = Math.max(1, Math.min(MAX_SCALE_TO_COUNTRY, FILL / Math.max((x1 - x0) / width, (y1 - y0) / height)));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}

/** The SVG transform attribute, written as d3-zoom writes it. */
export const transformAttribute = ({ k, x, y }: ViewTransform) => `translate(${x},${y}) scale(${k})`;
