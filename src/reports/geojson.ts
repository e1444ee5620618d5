/**
 * A report as a GeoJSON FeatureCollection (RFC 7946): one feature per zone, its outline and the
 * report's figures as flat properties (the same columns as the CSV), ready for a GIS or a map.
 * What has no outline (the county row, the period) travels as foreign members of the collection.
 */
import type { Geometry } from 'geojson';
import type { Cell } from './flatten';

export const GEOJSON_CONTENT_TYPE = 'application/geo+json';

export interface ZoneFeatureInput {
  /** The feature's id (default: the zone id). */
  id?: string;
  zoneId: string;
  properties: Record<string, Cell>;
}

export function featureCollection(
  rows: readonly ZoneFeatureInput[],
  geometry: ReadonlyMap<string, Geometry>,
  foreign: Record<string, unknown>,
) {
  return {
    type: 'FeatureCollection' as const,
    ...foreign,
    features: rows.map((row) => ({
      type: 'Feature' as const,
      id: row.id ?? row.zoneId,
      // A zone missing from the layer is still reported, with no outline (null geometry is valid GeoJSON).
      geometry: geometry.get(row.zoneId) ?? null,
      properties: row.properties,
    })),
  };
}
