import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { LayerVersionsSchema, NewAreaLayerSchema, StoredLayerSchema, UnknownZonesProblem } from './schemas';
import { storeAreaLayer } from './upload';

/** The area layer's versions: the one built into geo/ and every admin upload. */
export function layerRoutes({ db, clock, zones, zoneFacts }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/zones/layers',
      operationId: 'listAreaLayers',
      summary: 'Versions of the area layer: the built one and every upload, with the date each applies from',
      tags: ['zones'],
      access: { roles: ['commissioner', 'admin'] },
      request: {},
      responses: { 200: { description: 'Layer versions', schema: LayerVersionsSchema } },
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
      operationId: 'uploadAreaLayer',
      summary: 'Replace the area layer (zone and band per area) from a date; older versions are kept',
      tags: ['zones'],
      access: { roles: ['admin'] },
      bodyLimit: '25mb',
      request: { body: NewAreaLayerSchema },
      responses: {
        201: { description: 'Stored', schema: StoredLayerSchema },
        400: { description: 'The layer is invalid; `errors` names each failing feature' },
        422: { description: 'The layer names zones the service does not have', schema: UnknownZonesProblem },
      },
      async handler({ body }, { actor }) {
        const stored = await storeAreaLayer({ db, zoneFacts }, actor, body, clock.now());
        zones.invalidate();
        return stored;
      },
    }),
  ];
}
