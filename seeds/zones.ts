import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ZONE_CATALOGUE } from '../src/zones/catalogue';
import { GEO_DIR } from '../src/zones/locator';

/** The properties geo:build writes on each zone of geo/zones.geojson (neighbours only if it computed them). */
export interface ZoneProperties {
  id: string;
  name?: string;
  aliases?: string[];
  sizeClass?: string;
  mainSettlements?: string[];
  plannedWeeklyHours?: number;
  hasPrimes?: boolean;
  minPrimes?: number;
  minProviders?: number;
  districts?: string[];
  neighbours?: string[];
}

export type ZoneLayer = FeatureCollection<Polygon | MultiPolygon, ZoneProperties>;

export function readZoneLayer(file = path.join(GEO_DIR, 'zones.geojson')): ZoneLayer {
  return JSON.parse(readFileSync(file, 'utf8')) as ZoneLayer;
}

/**
 * Zones that share a stretch of boundary, by id (sorted). geo:build dissolves each zone from the
 * same Output Area polygons, so two neighbouring zones carry the very same vertices along their
 * common edge: an edge (pair of consecutive vertices) found in two zones is a shared boundary.
 * Zones meeting at a single point are not neighbours. Exact and fast (no tolerance to tune).
 *
 * @example sharedEdgeNeighbours(layer)['bottesford'] // ['melton']
 */
export function sharedEdgeNeighbours(layer: ZoneLayer): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  const key = (p: Position) => `${p[0]},${p[1]}`;
  for (const feature of layer.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = key(ring[i]!);
        const b = key(ring[i + 1]!);
        const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
        const set = owners.get(edge) ?? new Set<string>();
        set.add(feature.properties.id);
        owners.set(edge, set);
      }
    }
  }
  const neighbours: Record<string, Set<string>> = {};
  for (const feature of layer.features) neighbours[feature.properties.id] = new Set();
  for (const ids of owners.values()) {
    if (ids.size < 2) continue;
    for (const a of ids) for (const b of ids) if (a !== b) neighbours[a]!.add(b);
  }
  return Object.fromEntries(Object.entries(neighbours).map(([id, set]) => [id, [...set].sort()]));
}

/**
 * One `zones` row per catalogue zone: the layer's properties where it has them (it is built from
 * the catalogue, plus districts), the catalogue otherwise. The layer's own `neighbours` are used
 * when geo:build provides them; else they are computed from the shared edges.
 * Throws if the layer and the catalogue do not hold the same 14 zones: a broken geo/ must not
 * be half-loaded.
 */
export function zoneRows(layer: ZoneLayer) {
  const byId = new Map(layer.features.map((f) => [f.properties.id, f.properties]));
  const unknown = [...byId.keys()].filter((id) => !ZONE_CATALOGUE.some((z) => z.id === id));
  const missing = ZONE_CATALOGUE.filter((z) => !byId.has(z.id)).map((z) => z.id);
  if (unknown.length > 0 || missing.length > 0) {
    throw new Error(
      `geo/zones.geojson does not match the zone catalogue (unknown: ${unknown.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`,
    );
  }
  const computed = layer.features.every((f) => Array.isArray(f.properties.neighbours))
    ? undefined
    : sharedEdgeNeighbours(layer);
  return ZONE_CATALOGUE.map((zone) => {
    const p = byId.get(zone.id)!;
    return {
      id: zone.id,
      name: p.name ?? zone.name,
      aliases_json: JSON.stringify(p.aliases ?? zone.aliases),
      size_class: p.sizeClass ?? zone.sizeClass,
      main_settlements_json: JSON.stringify(p.mainSettlements ?? zone.mainSettlements),
      planned_weekly_hours: p.plannedWeeklyHours ?? zone.plannedWeeklyHours,
      has_primes: p.hasPrimes ?? zone.hasPrimes,
      min_primes: p.minPrimes ?? zone.minPrimes,
      min_providers: p.minProviders ?? zone.minProviders,
      districts_json: JSON.stringify(p.districts ?? []),
      neighbours_json: JSON.stringify(
        computed ? (computed[zone.id] ?? []) : [...(p.neighbours ?? [])].sort(),
      ),
    };
  });
}
