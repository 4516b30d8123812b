import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ViewTransform } from '../../geo/zoom-target.ts';
import type { ZoomControls } from './zoom-behavior.ts';

export type MapZoom = Omit<ZoomControls, 'detach'> & {
  /** Loads the zoom behaviour now: when a person reaches for the map (pointer, touch, keyboard). */
  wake: () => void;
  /** A wheel turned before the behaviour has loaded: its zoom is kept, and done once it has. */
  wheel: (deltaY: number) => void;
};

/** As d3-zoom reads a wheel turned by pixels: each pixel scales by 2^0.002. */
const wheelFactor = (deltaY: number) => 2 ** (-deltaY * 0.002);

/**
 * Zoom for the map, in view-box units. The behaviour (d3-zoom, a chunk of its own) loads when a
 * person first reaches for the map, or a zoom is asked for, never on load: a page that is only read
 * never pays for it. A zoom asked for before then (a country selected) is done as soon as it has loaded.
 */
export function useMapZoom(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  onScale: (k: number) => void,
  start?: ViewTransform,
  /** Whether the wheel zooms only with Ctrl or ⌘ held (on a page framed in another site's). */
  wheelNeedsKey = false,
): MapZoom {
  const startAt = useRef(start);
  const controls = useRef<ZoomControls | null>(null);
  const pending = useRef<((c: ZoomControls) => void)[]>([]);
  const scaleListener = useRef(onScale);
  scaleListener.current = onScale;
  const wanted = useRef(false);
  const live = useRef<(() => void) | null>(null);

  const load = useCallback(() => {
    wanted.current = true;
    live.current?.();
  }, []);

  useEffect(() => {
    let mounted = true;
    let attached: ZoomControls | null = null;
    let loading = false;
    live.current = () => {
      if (loading) return;
      loading = true;
      void import('./zoom-behavior.ts').then(({ attachZoom }) => {
        const element = svg.current;
        if (!mounted || !element) return;
        attached = attachZoom(element, () => layer.current, width, height, (k) => scaleListener.current(k), startAt.current, wheelNeedsKey);
        controls.current = attached;
        for (const action of pending.current) action(attached);
        pending.current = [];
      });
    };
    // Asked for already, or by a map drawn again at another size.
    if (wanted.current) live.current();
    return () => {
      mounted = false;
      live.current = null;
      attached?.detach();
      controls.current = null;
    };
  }, [svg, layer, width, height, wheelNeedsKey]);

  return useMemo(() => {
    const run = (action: (c: ZoomControls) => void) => {
      if (controls.current) action(controls.current);
      else {
        pending.current.push(action);
        load();
      }
    };
    return {
      zoomBy: (factor) => run((c) => c.zoomBy(factor)),
      reset: () => run((c) => c.reset()),
      zoomTo: (bounds) => run((c) => c.zoomTo(bounds)),
      wake: load,
      wheel: (deltaY) => {
        if (!controls.current) run((c) => c.zoomBy(wheelFactor(deltaY)));
      },
    };
  }, [load]);
}
