import { OVERSIGHT_ROLES, ROLES, STAFF_ROLES } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { NotFound, Unprocessable } from '../errors';
import { defineRoute } from '../http/route';
import { loadRateCards, storedCardInForce } from '../pricing/queries';
import type { Services } from '../services';
import { findZone } from './catalogue';
import type { LayerVersion } from './layers';
import { GEO_DIR } from './locator';
import { loadPostcodes, normalisePostcode } from './postcodes';
import { LocateQuery, LocationSchema, NewAreaLayerSchema, ZoneIdParams, ZonesQuery } from './schemas';
import { storeAreaLayer } from './upload';

export function zoneRoutes({ db, clock, zones, zoneFacts }: Services) {
  const postcodes = loadPostcodes(GEO_DIR);

  /** Resolves an id or alias ("Ashby and Coalville", "Oadby and Wigton") to a zone of the layer. */
  const zoneFeature = (layer: LayerVersion, idOrAlias: string, simplified = false) => {
    const id = findZone(idOrAlias)?.id ?? idOrAlias;
    const collection = simplified ? layer.simplifiedZones : layer.zones;
    const feature = collection.features.find((f) => f.properties.id === id);
    if (!feature) throw new NotFound('zone-not-found', `No zone "${idOrAlias}".`);
    return feature;
  };

  return [
    defineRoute({
      method: 'get',
      path: '/locate',
      summary: 'Zone, price band and hourly rate of a place, by coordinates or postcode',
      tags: ['zones'],
      access: { roles: STAFF_ROLES },
      request: { query: LocateQuery },
      responses: {
        200: { description: 'Where the place falls', schema: LocationSchema },
        404: { description: 'Unknown postcode' },
        422: {
          description:
            'Outside the service area (with the nearest zone and distance), or a non-geographic postcode',
        },
      },
      async handler({ query }) {
        const now = clock.now();
        let point = { lat: query.lat!, lon: query.lon! };
        let postcode: string | null = null;
        if (query.postcode !== undefined) {
          postcode = normalisePostcode(query.postcode);
          const found = postcodes.find(postcode);
          if (!found)
            throw new NotFound('postcode-not-found', `Postcode ${postcode} is not a postcode of the county.`);
          if (!found.geographic) {
            throw new Unprocessable(
              'non-geographic-postcode',
              `Postcode ${postcode} is a PO box or large-user postcode pinned to a delivery office, not a home: give the address's coordinates instead.`,
            );
          }
          point = { lat: found.lat, lon: found.lon };
        }
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
    }),
    defineRoute({
      method: 'get',
      path: '/zones/layers',
      summary: 'Versions of the area layer: the built one and every upload, with the date each applies from',
      tags: ['zones'],
      access: { roles: OVERSIGHT_ROLES },
      request: {},
      responses: { 200: { description: 'Layer versions' } },
      async handler() {
        const inForce = await zones.inForce(clock.now());
        const uploads = await db('area_layers')
          .orderBy('applies_from', 'desc')
          .select('id', 'applies_from', 'label', 'areas_count', 'zones_count', 'created_at', 'created_by');
        return {
          inForce: { id: inForce.id, appliesFrom: inForce.appliesFrom },
          built: { id: null, label: zones.built.label, areas: zones.built.areas.features.length },
          uploads: uploads.map((u) => ({
            id: u.id,
            appliesFrom: u.applies_from,
            label: u.label,
            areas: u.areas_count,
            zones: u.zones_count,
            createdAt: new Date(Number(u.created_at)).toISOString(),
            createdBy: u.created_by,
          })),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/zones/layers',
      summary: 'Replace the area layer (zone and band per area) from a date; older versions are kept',
      tags: ['zones'],
      access: { roles: ['admin'] },
      bodyLimit: '25mb',
      request: { body: NewAreaLayerSchema },
      responses: {
        201: { description: 'Stored' },
        400: { description: 'The layer is invalid; `errors` names each failing feature' },
        422: { description: 'The layer names zones the service does not have, or leaves a zone in pieces' },
      },
      async handler({ body }, { actor }) {
        const stored = await storeAreaLayer({ db, zoneFacts }, actor, body, clock.now());
        zones.invalidate();
        return stored;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/zones',
      summary: 'The 14 zones as GeoJSON (?simplified=true for a light version for maps)',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { query: ZonesQuery },
      responses: {
        200: { description: 'FeatureCollection of zones', contentTypes: ['application/geo+json'] },
      },
      async handler({ query }) {
        const layer = await zones.inForce(clock.now());
        return query.simplified ? layer.simplifiedZones : layer.zones;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/zones/:id',
      summary: 'One zone (ids and aliases such as "Ashby and Coalville" resolve)',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { params: ZoneIdParams, query: ZonesQuery },
      responses: { 200: { description: 'The zone feature' } },
      async handler({ params, query }) {
        return zoneFeature(await zones.inForce(clock.now()), params.id, query.simplified);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/zones/:id/areas',
      summary: 'The areas (Output Areas) of a zone, with their bands',
      tags: ['zones'],
      access: { roles: ROLES },
      request: { params: ZoneIdParams },
      responses: { 200: { description: 'FeatureCollection of areas' } },
      async handler({ params }) {
        const layer = await zones.inForce(clock.now());
        const id = String(zoneFeature(layer, params.id).properties.id);
        return {
          type: 'FeatureCollection',
          features: layer.areas.features.filter((f) => f.properties.zoneId === id),
        };
      },
    }),
  ];
}
