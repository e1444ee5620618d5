import { ROLES, STAFF_ROLES } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { NotFound } from '../errors';
import { defineRoute } from '../http/route';
import { loadRateCards, storedCardInForce } from '../pricing/queries';
import type { Services } from '../services';
import { findZone } from './catalogue';
import type { ZoneLayer } from './geometry/zone-layer';
import { layerRoutes } from './layer-routes';
import type { LayerVersion } from './layers';
import {
  AreaCollectionSchema,
  LocateQuery,
  LocationSchema,
  OutsideServiceAreaProblem,
  ZoneCollectionSchema,
  ZoneFeatureSchema,
  ZoneIdParams,
  ZonesQuery,
} from './schemas';

/**
 * The zones of the layer in force. Whichever version is in force, geo:build or an upload built it
 * with buildZoneLayer, so its features carry the zone properties (the walk test checks the answer).
 */
const zonesOf = (layer: LayerVersion, simplified = false) =>
  (simplified ? layer.simplifiedZones : layer.zones) as unknown as ZoneLayer;

/** Resolves an id or alias ("Ashby and Coalville", "Oadby and Wigton") to a zone of the layer. */
function zoneFeature(layer: LayerVersion, idOrAlias: string, simplified = false) {
  const id = findZone(idOrAlias)?.id ?? idOrAlias;
  const feature = zonesOf(layer, simplified).features.find((f) => f.properties.id === id);
  if (!feature) throw new NotFound('zone-not-found', `No zone "${idOrAlias}".`);
  return feature;
}

/** Locating a place, the zones and their areas, and the area layer's versions (layer-routes.ts). */
export function zoneRoutes(services: Services) {
  return [locateRoute(services), ...layerRoutes(services), ...zoneFeatureRoutes(services)];
}

function locateRoute({ db, clock, zones, postcodes }: Services) {
  /** The point asked about: its coordinates, or its postcode's centroid (postcode-locator.ts). */
  const pointOf = async (query: { lat?: number; lon?: number; postcode?: string }, now: number) =>
    query.postcode === undefined
      ? { point: { lat: query.lat!, lon: query.lon! }, postcode: null }
      : postcodes.locate(query.postcode, now);
  return defineRoute({
    method: 'get',
    path: '/locate',
    operationId: 'locatePlace',
    summary: 'Zone, price band and hourly rate of a place, by coordinates or postcode',
    tags: ['zones'],
    access: { roles: STAFF_ROLES },
    request: { query: LocateQuery },
    responses: {
      200: { description: 'Where the place falls', schema: LocationSchema },
      404: {
        description: "A well-formed postcode of the county's own outward codes that is not in the data",
      },
      422: {
        description:
          'Outside the service area (with the nearest zone, and the distance or the council), or a PO-box or large-user postcode',
        schema: OutsideServiceAreaProblem,
      },
    },
    async handler({ query }) {
      const now = clock.now();
      const { point, postcode } = await pointOf(query, now);
      const placed = await zones.placeInside(point, now);
      const card = storedCardInForce(await loadRateCards(db), londonDate(now));
      return {
        location: point,
        postcode,
        zone: placed.zone,
        band: { band: placed.band, source: placed.bandSource },
        hourlyRatePence: card ? card.rates[placed.band] : null,
        rateCardAppliesFrom: card?.appliesFrom ?? null,
        areaId: placed.area.id,
        lsoa: placed.area.lsoa,
        district: placed.area.district,
        layer: placed.layer,
      };
    },
  });
}

function zoneFeatureRoutes({ clock, zones }: Services) {
  const inForce = () => zones.inForce(clock.now());
  return [
    defineRoute({
      method: 'get',
      path: '/zones',
      operationId: 'listZones',
      summary: 'The 14 zones as GeoJSON (?simplified=true for a light version for maps)',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { query: ZonesQuery },
      responses: { 200: { description: 'FeatureCollection of zones', schema: ZoneCollectionSchema } },
      async handler({ query }) {
        return zonesOf(await inForce(), query.simplified);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/zones/:id',
      operationId: 'getZone',
      summary: 'One zone (ids and aliases such as "Ashby and Coalville" resolve)',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { params: ZoneIdParams, query: ZonesQuery },
      responses: {
        200: { description: 'The zone feature', schema: ZoneFeatureSchema },
        404: { description: 'No such zone' },
      },
      async handler({ params, query }) {
        return zoneFeature(await inForce(), params.id, query.simplified);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/zones/:id/areas',
      operationId: 'listZoneAreas',
      summary: 'The areas (Output Areas) of a zone, with their bands',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { params: ZoneIdParams },
      responses: {
        200: { description: 'FeatureCollection of areas', schema: AreaCollectionSchema },
        404: { description: 'No such zone' },
      },
      async handler({ params }) {
        const layer = await inForce();
        const id = zoneFeature(layer, params.id).properties.id;
        return {
          type: 'FeatureCollection' as const,
          features: layer.areas.features.filter((f) => f.properties.zoneId === id),
        };
      },
    }),
  ];
}
