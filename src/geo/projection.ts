import { geoEqualEarth, geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export type ProjectionKind = 'equalEarth' | 'naturalEarth';

/** Equal Earth keeps areas true, which a choropleth needs; Natural Earth is the familiar alternative. */
export const PROJECTIONS: Record<ProjectionKind, () => GeoProjection> = {
  equalEarth: geoEqualEarth,
  naturalEarth: geoNaturalEarth1,
};

/** A projection of `kind` fitted so that `object` fills width × height, less the padding. */
export function fitProjection(kind: ProjectionKind, object: GeoPermissibleObjects, width: number, height: number, padding = 8): GeoProjection {
  const pad = Math.min(padding, width / 4, height / 4);
  return PROJECTIONS[kind]().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    object,
  );
}
