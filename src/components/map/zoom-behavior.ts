// d3-zoom on the map's SVG; loaded after the map is first drawn, so that drawing never waits for it.
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { transformToFit, type ViewTransform } from '../../geo/zoom-target.ts';

export interface ZoomControls {
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Zoom so that the box fills most of the view. */
  zoomTo: (bounds: [[number, number], [number, number]]) => void;
  detach: () => void;
}

const MAX_SCALE = 24;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const duration = () => (reducedMotion() ? 0 : 650);

const toD3 = ({ k, x, y }: ViewTransform) => zoomIdentity.translate(x, y).scale(k);

/**
 * Wheel, pinch and drag zoom on the SVG, in the units of its view box. The transform is
 * written straight to the layer, so zooming never re-renders the map; `onScale` hears of the scale.
 * It starts where the layer already is (a page prerendered with a country selected is zoomed to it).
 */
export function attachZoom(
  element: SVGSVGElement,
  layer: () => SVGGElement | null,
  width: number,
  height: number,
  onScale: (k: number) => void,
  start: ViewTransform = { k: 1, x: 0, y: 0 },
  wheelNeedsKey = false,
): ZoomControls {
  // The scale the map is heading for: quick clicks build on it, not on a transition half-way through.
  let targetScale = start.k;
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
    // d3-zoom's own rule (no secondary button, no Ctrl but with the wheel), and where asked, a wheel
    // that zooms only with Ctrl or ⌘ held, so that it scrolls the page around the map otherwise.
    .filter((event: MouseEvent) => (event.type === 'wheel' ? !wheelNeedsKey || event.ctrlKey || event.metaKey : !event.ctrlKey && !event.button))
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      layer()?.setAttribute('transform', event.transform.toString());
      if (event.sourceEvent) targetScale = event.transform.k;
      if (!starting) onScale(event.transform.k);
    });
  const selection = select(element);
  selection.call(z).on('dblclick.zoom', null);
  // Where the page opened is not a zoom anyone asked for: it loads no finer map.
  let starting = true;
  selection.call(z.transform, toD3(start));
  starting = false;
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
    zoomTo: (bounds) => {
      const t = transformToFit(bounds, width, height);
      targetScale = t.k;
      animated().call(z.transform, toD3(t));
    },
    detach: () => {
      selection.interrupt().on('.zoom', null);
    },
  };
}
