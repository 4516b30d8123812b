// d3-zoom on the map's SVG; loaded after the map is first drawn, so that drawing never waits for it.
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

export interface ZoomControls {
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Zoom so that the box fills most of the view. */
  zoomTo: (bounds: [[number, number], [number, number]]) => void;
  detach: () => void;
}

const MAX_SCALE = 24;
const FILL = 0.8;
const MAX_SCALE_TO_COUNTRY = 8;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const duration = () => (reducedMotion() ? 0 : 650);

/**
 * Wheel, pinch and drag zoom on the SVG, in the units of its view box. The transform is
 * written straight to the layer, so zooming never re-renders the map; `onScale` hears of the scale.
 */
export function attachZoom(element: SVGSVGElement, layer: () => SVGGElement | null, width: number, height: number, onScale: (k: number) => void): ZoomControls {
  // The scale the map is heading for: quick clicks build on it, not on a transition half-way through.
  let targetScale = 1;
  const z = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_SCALE])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // A click with a little movement is still a click, not a drag.
    .clickDistance(4)
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      layer()?.setAttribute('transform', event.transform.toString());
      if (event.sourceEvent) targetScale = event.transform.k;
      onScale(event.transform.k);
    });
  const selection = select(element);
  selection.call(z).on('dblclick.zoom', null);
  selection.call(z.transform, zoomIdentity);
  const animated = () => selection.transition().duration(duration());
  return {
    zoomBy: (factor) => {
      targetScale = Math.min(MAX_SCALE, Math.max(1, targetScale * factor));
      animated().call(z.scaleTo, targetScale);
    },
    reset: () => {
      targetScale = 1;
      animated().call(z.transform, zoomIdentity);
    },
    zoomTo: ([[x0, y0], [x1, y1]]) => {
      const k = Math.max(1, Math.min(MAX_SCALE_TO_COUNTRY, FILL / Math.max((x1 - x0) / width, (y1 - y0) / height)));
      targetScale = k;
      const t = zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
      animated().call(z.transform, t);
    },
    detach: () => {
      selection.interrupt().on('.zoom', null);
    },
  };
}
