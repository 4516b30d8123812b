import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ViewTransform } from '../../geo/zoom-target.ts';
import type { ZoomControls } from './zoom-behavior.ts';

export type MapZoom = Omit<ZoomControls, 'detach'>;

/**
 * Zoom for the map, in view-box units. The behaviour loads just after the first draw; a zoom
 * asked for before then (a deep link to a country) is kept and done as soon as it has loaded.
 */
export function useMapZoom(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  onScale: (k: number) => void,
  start?: ViewTransform,
): MapZoom {
  const startAt = useRef(start);
  const controls = useRef<ZoomControls | null>(null);
  const pending = useRef<((c: ZoomControls) => void)[]>([]);
  const scaleListener = useRef(onScale);
  scaleListener.current = onScale;

  useEffect(() => {
    let live = true;
    let attached: ZoomControls | null = null;
    void import('./zoom-behavior.ts').then(({ attachZoom }) => {
      const element = svg.current;
      if (!live || !element) return;
      attached = attachZoom(element, () => layer.current, width, height, (k) => scaleListener.current(k), startAt.current);
      controls.current = attached;
      for (const action of pending.current) action(attached);
      pending.current = [];
    });
    return () => {
      live = false;
      attached?.detach();
      controls.current = null;
    };
  }, [svg, layer, width, height]);

  return useMemo(() => {
    const run = (action: (c: ZoomControls) => void) => {
      if (controls.current) action(controls.current);
      else pending.current.push(action);
    };
    return {
      zoomBy: (factor) => run((c) => c.zoomBy(factor)),
      reset: () => run((c) => c.reset()),
      zoomTo: (bounds) => run((c) => c.zoomTo(bounds)),
    };
  }, []);
}
