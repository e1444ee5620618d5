import { Unprocessable } from '../errors';
import type { ZoneFacts } from './facts';
import type { LayerVersion } from './layers';
import type { BandSource, PriceBand } from './lookup';

/** Where a point falls under one version of the area layer: what intake stores and the price check shows. */
export interface Placement {
  inside: true;
  zone: { id: string; name: string; hasPrimes: boolean };
  band: PriceBand;
  /** How the area's band was set (geo/README.md "Bands"). */
  bandSource: BandSource;
  /** The Output Area, its LSOA and its district (complaints are reported by district). */
  area: { id: string; lsoa: string; district: { code: string; name: string } };
  /** The layer version that placed it: null is the one built into geo/. */
  layer: { id: number | null; appliesFrom: string | null };
}

/** A point outside the served area (Leicester City, Rutland, elsewhere), with the zone nearest to it. */
export interface OutsideServiceArea {
  inside: false;
  nearestZone: { id: string; name: string };
  distanceMetres: number;
}

export type PlaceResult = Placement | OutsideServiceArea;

/**
 * Places a point on a layer version, naming its zone from the zone facts (the zones table).
 * @example placeOnLayer(layer, facts, { lon: -1.2, lat: 52.7667 })
 *   // { inside: true, zone: { id: 'charnwood-north', name: 'Charnwood North', … }, band: 'urban', … }
 */
export async function placeOnLayer(
  layer: LayerVersion,
  factsOf: (zoneId: string) => Promise<ZoneFacts | undefined>,
  point: { lon: number; lat: number },
): Promise<PlaceResult> {
  const area = layer.locator.locate(point.lon, point.lat);
  if (!area) {
    const nearest = layer.locator.nearestZone(point.lon, point.lat);
    const name = (await factsOf(nearest.zoneId))?.name ?? nearest.zoneId;
    return {
      inside: false,
      nearestZone: { id: nearest.zoneId, name },
      distanceMetres: nearest.distanceMetres,
    };
  }
  const zone = await factsOf(area.zoneId);
  return {
    inside: true,
    zone: { id: area.zoneId, name: zone?.name ?? area.zoneId, hasPrimes: zone?.hasPrimes ?? false },
    band: area.band,
    bandSource: area.bandSource,
    area: { id: area.areaId, lsoa: area.lsoa, district: { code: area.lad, name: area.ladName } },
    layer: { id: layer.id, appliesFrom: layer.appliesFrom },
  };
}

/** "the nearest zone is Melton, 2.4 km away": the API's refusal and the web form say it alike. */
export function nearestZoneText(outside: OutsideServiceArea): string {
  const km = (outside.distanceMetres / 1000).toFixed(1);
  return `the nearest zone is ${outside.nearestZone.name}, ${km} km away`;
}

/** The API's 422 for a point outside the service area, with the nearest zone and the distance to it. */
export function outsideServiceArea(outside: OutsideServiceArea): Unprocessable {
  return new Unprocessable(
    'outside-service-area',
    `This location is outside the service area (Leicestershire outside Leicester City): ${nearestZoneText(outside)}.`,
    {
      nearestZone: outside.nearestZone.id,
      nearestZoneName: outside.nearestZone.name,
      distanceMetres: Math.round(outside.distanceMetres),
    },
  );
}
