/**
 * The zones' outlines for GeoJSON reports, from the zone layer in force (src/zones/layers.ts:
 * the built layer's simplified outlines, or an admin's upload), keyed by zone id.
 */
import type { Geometry } from 'geojson';

export type ZoneGeometry = Map<string, Geometry>;

export function geometryByZone(collection: {
  features: readonly { properties: Record<string, unknown> | null; geometry: Geometry | null }[];
}): ZoneGeometry {
  const out: ZoneGeometry = new Map();
  for (const feature of collection.features) {
    const id = feature.properties?.id ?? feature.properties?.zoneId;
    if (typeof id === 'string' && feature.geometry) out.set(id, feature.geometry);
  }
  return out;
}
