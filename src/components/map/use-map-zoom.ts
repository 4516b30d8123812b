import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface MapZoom {
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Zoom so that the box fills most of the view. */
  zoomTo: (bounds: [[number, number], [number, number]]) => void;
}

const MAX_SCALE = 24;
const FILL = 0.8;
const MAX_SCALE_TO_COUNTRY = 8;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const duration = () => (reducedMotion() ? 0 : 650);

/**
 * Wheel, pinch and drag zoom on the SVG. The transform is written straight to the
 * layer, so zooming never re-renders the map; `onScale` hears of the scale.
 */
export function useMapZoom(svg: RefObject<SVGSVGElement | null>, layer: RefObject<SVGGElement | null>, width: number, height: number, onScale: (k: number) => void): MapZoom {
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // The scale the map is heading for: quick clicks build on it, not on a transition half-way through.
  const targetScale = useRef(1);
  const scaleListener = useRef(onScale);
  scaleListener.current = onScale;

  useEffect(() => {
    const element = svg.current;
    if (!element || width === 0) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_SCALE])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      // A click with a little movement is still a click, not a drag.
      .clickDistance(4)
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        layer.current?.setAttribute('transform', event.transform.toString());
        if (event.sourceEvent) targetScale.current = event.transform.k;
        scaleListener.current(event.transform.k);
      });
    behavior.current = z;
    const selection = select(element);
    selection.call(z).on('dblclick.zoom', null);
    selection.call(z.transform, zoomIdentity);
    targetScale.current = 1;
    return () => {
      selection.on('.zoom', null);
    };
  }, [svg, layer, width, height]);

  return useMemo(() => {
    const run = (apply: (z: ZoomBehavior<SVGSVGElement, unknown>, element: SVGSVGElement) => void) => {
      if (svg.current && behavior.current) apply(behavior.current, svg.current);
    };
    return {
      zoomBy: (factor) =>
        run((z, el) => {
          targetScale.current = Math.min(MAX_SCALE, Math.max(1, targetScale.current * factor));
          select(el).transition().duration(duration()).call(z.scaleTo, targetScale.current);
        }),
      reset: () =>
        run((z, el) => {
          targetScale.current = 1;
          select(el).transition().duration(duration()).call(z.transform, zoomIdentity);
        }),
      zoomTo: ([[x0, y0], [x1, y1]]) =>
        run((z, el) => {
          const k = Math.max(1, Math.min(MAX_SCALE_TO_COUNTRY, FILL / Math.max((x1 - x0) / width, (y1 - y0) / height)));
          targetScale.current = k;
          const t = zoomIdentity
            .translate(width / 2, height / 2)
            .scale(k)
            .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
          select(el).transition().duration(duration()).call(z.transform, t);
        }),
    };
  }, [svg, width, height]);
}
