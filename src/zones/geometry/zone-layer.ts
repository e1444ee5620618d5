/**
 * Builds geo/zones.geojson: the 14 zones dissolved from the area layer, with the catalogue's
 * attributes (domain.md §2.2, §2.3).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ZONE_CATALOGUE } from '../catalogue';
import type { AreaLayer } from '../lookup';
import { connectedPieces, edgeNeighbours } from './adjacency';
import { dissolveCoverage } from './dissolve';

export interface ZoneProperties {
  id: string;
  name: string;
  aliases: string[];
  sizeClass: string;
  mainSettlements: string[];
  plannedWeeklyHours: number;
  hasPrimes: boolean;
  minPrimes: number;
  minProviders: number;
  /** Names of the districts the zone overlaps (domain.md §2.1: zones and districts are separate). */
  districts: string[];
}

export type ZoneLayer = FeatureCollection<Polygon | MultiPolygon, ZoneProperties>;

/** A piece of a zone cut off from the zone's largest piece: the areas in it. */
export interface DetachedPiece {
  zoneId: string;
  areaIds: string[];
}

/**
 * Each zone must be one piece (areas joined by shared edges). A detached piece names its areas, so
 * the maintainer can decide in geo/zone-overrides.csv (or the admin in the upload) where they belong.
 */
export function detachedPieces(areas: AreaLayer): DetachedPiece[] {
  const neighbours = edgeNeighbours(areas.features.map((f) => f.geometry));
  const pieces = connectedPieces(
    areas.features.map((f) => f.properties.zoneId),
    neighbours,
  );
  return [...pieces].flatMap(([zoneId, list]) =>
    list.slice(1).map((piece) => ({
      zoneId,
      areaIds: piece.map((i) => areas.features[i]?.properties.areaId ?? String(i)),
    })),
  );
}

/** One feature per catalogue zone, in catalogue order; throws if a zone has no areas or is in pieces (geo:build). */
export function buildZoneLayer(areas: AreaLayer): ZoneLayer {
  const built = dissolveZoneLayer(areas);
  if ('detached' in built) {
    const lines = built.detached.map((p) => `${p.zoneId}: ${p.areaIds.join(', ')}`);
    throw new Error(`Zones in more than one piece:\n${lines.join('\n')}`);
  }
  return built.layer;
}

/**
 * One feature per catalogue zone, in catalogue order, or the detached pieces when a zone is not one
 * piece, for the caller to report. Throws if a zone of the catalogue has no areas, or an area names
 * a zone the catalogue does not have (an upload is refused before, for naming unknown zones).
 */
export function dissolveZoneLayer(areas: AreaLayer): { layer: ZoneLayer } | { detached: DetachedPiece[] } {
  const detached = detachedPieces(areas);
  if (detached.length > 0) return { detached };
  const features = ZONE_CATALOGUE.map((zone): Feature<Polygon | MultiPolygon, ZoneProperties> => {
    const members = areas.features.filter((f) => f.properties.zoneId === zone.id);
    if (members.length === 0) throw new Error(`Zone ${zone.id} has no areas`);
    const districts = [...new Set(members.map((f) => f.properties.ladName))].sort();
    return {
      type: 'Feature',
      properties: {
        id: zone.id,
        name: zone.name,
        aliases: zone.aliases,
        sizeClass: zone.sizeClass,
        mainSettlements: zone.mainSettlements,
        plannedWeeklyHours: zone.plannedWeeklyHours,
        hasPrimes: zone.hasPrimes,
        minPrimes: zone.minPrimes,
        minProviders: zone.minProviders,
        districts,
      },
      geometry: dissolveCoverage(members.map((f) => f.geometry)),
    };
  });
  const known = new Set(ZONE_CATALOGUE.map((z) => z.id));
  const stray = areas.features.find((f) => !known.has(f.properties.zoneId));
  if (stray) throw new Error(`Area ${stray.properties.areaId} has unknown zone "${stray.properties.zoneId}"`);
  return { layer: { type: 'FeatureCollection', features } };
}
