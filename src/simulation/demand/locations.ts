/**
 * Where simulated people live: a point drawn inside a real small area (geo/areas.geojson), so that
 * intake finds its zone and band through the service's own lookup, as it would for a real address.
 */
import { bbox, pointOnFeature } from '@turf/turf';
import type { Band } from '../../pricing/bands';
import type { AreaLayer, AreaProperties } from '../../zones/lookup';
import type { Locator } from '../../zones/locator';
import type { Random } from '../random';

export interface SampledLocation {
  lon: number;
  lat: number;
  area: AreaProperties;
}

interface AreaBox {
  props: AreaProperties;
  box: [number, number, number, number];
  fallback: [number, number];
}

export interface AreaSampler {
  /** Small areas per zone and band, for calibration. */
  counts: Record<string, Partial<Record<Band, number>>>;
  /** A point inside a random small area of the zone and band (areas equally likely: Output Areas have similar populations). */
  sample(random: Random, zoneId: string, band: Band): SampledLocation;
}

const MAX_TRIES = 200;
/** Coordinates to 6 decimals (about 0.1 m), as the service stores them. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function buildAreaSampler(layer: AreaLayer, locator: Locator): AreaSampler {
  const cells = new Map<string, AreaBox[]>();
  const counts: AreaSampler['counts'] = {};
  for (const feature of layer.features) {
    const p = feature.properties;
    const key = `${p.zoneId}|${p.band}`;
    const list = cells.get(key) ?? [];
    const [minX, minY, maxX, maxY] = bbox(feature);
    const inside = pointOnFeature(feature).geometry.coordinates;
    list.push({
      props: p,
      box: [minX, minY, maxX, maxY],
      fallback: [round6(inside[0]!), round6(inside[1]!)],
    });
    cells.set(key, list);
    counts[p.zoneId] ??= {};
    counts[p.zoneId]![p.band] = (counts[p.zoneId]![p.band] ?? 0) + 1;
  }
  return {
    counts,
    sample(random, zoneId, band) {
      const list = cells.get(`${zoneId}|${band}`);
      if (!list || list.length === 0) throw new RangeError(`No ${band} small areas in ${zoneId}`);
      const area = list[Math.floor(random() * list.length)]!;
      const [minX, minY, maxX, maxY] = area.box;
      // Rejection sampling in the area's bounding box, checked with the service's own lookup.
      for (let i = 0; i < MAX_TRIES; i++) {
        const lon = round6(minX + random() * (maxX - minX));
        const lat = round6(minY + random() * (maxY - minY));
        if (locator.locate(lon, lat)?.areaId === area.props.areaId) return { lon, lat, area: area.props };
      }
      const [lon, lat] = area.fallback;
      return { lon, lat, area: area.props };
    },
  };
}
