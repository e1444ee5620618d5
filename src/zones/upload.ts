import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { Invalid, Unprocessable } from '../errors';
import type { Services } from '../services';
import { dissolveZoneLayer, type ZoneLayer } from './geometry/zone-layer';
import type { AreaLayer } from './lookup';
import type { NewAreaLayerSchema } from './schemas';
import { validateAreaLayer } from './validate-layer';

/**
 * An admin replaces the area layer (zone and band per area) from a date. The upload is checked
 * (every area has one zone and one band, 14 or more zones, unique ids, valid geometry, a vertex
 * cap, zones the service has, each zone in one piece), its zones are dissolved, and it is stored
 * beside the older versions, which are kept.
 * Packages keep the zone and band they were brokered under.
 */
export async function storeAreaLayer(
  { db, zoneFacts }: Pick<Services, 'db' | 'zoneFacts'>,
  actor: Actor,
  input: z.output<typeof NewAreaLayerSchema>,
  now: number,
) {
  const today = londonDate(now);
  if (input.appliesFrom < today) {
    throw new Invalid('A new area layer cannot apply from a past date.', [
      { path: 'body.appliesFrom', message: `must be ${today} or later` },
    ]);
  }
  const problems = validateAreaLayer(input.areas);
  if (problems.length > 0) {
    throw new Invalid(
      `The area layer has ${problems.length} problem(s).`,
      problems.map((p) => ({
        path: p.index < 0 ? 'body.areas' : `body.areas.features.${p.index}`,
        message: p.areaId ? `${p.areaId}: ${p.message}` : p.message,
      })),
      'invalid-area-layer',
    );
  }
  const areas = input.areas as unknown as AreaLayer;
  const zoneIds = [...new Set(areas.features.map((f) => f.properties.zoneId))];
  const facts = await Promise.all(zoneIds.map((id) => zoneFacts.of(db, id)));
  const unknown = zoneIds.filter((_id, i) => !facts[i]);
  if (unknown.length > 0) {
    throw new Unprocessable(
      'unknown-zones',
      `The layer names zones the service does not have: ${unknown.join(', ')}.`,
      {
        unknownZones: unknown,
      },
    );
  }
  const zones = zoneLayerOrRefuse(areas);
  return db.transaction(async (trx) => {
    const [row] = await trx('area_layers')
      .insert({
        applies_from: input.appliesFrom,
        label: input.label,
        areas_count: areas.features.length,
        zones_count: zoneIds.length,
        areas_geojson: JSON.stringify(areas),
        zones_geojson: JSON.stringify(zones),
        created_at: now,
        created_by: actor.userId,
      })
      .returning('id');
    const id = (row as { id: number }).id;
    const summary = {
      id,
      appliesFrom: input.appliesFrom,
      label: input.label,
      areas: areas.features.length,
      zones: zoneIds.length,
    };
    await recordAudit(trx, actor, now, {
      action: 'area-layer.store',
      entityType: 'area-layer',
      entityId: id,
      after: summary,
    });
    return summary;
  });
}

/** How many of a detached piece's areas a refusal lists: enough to find it on a map. */
const LISTED_AREAS = 20;

/**
 * The upload's zones, dissolved from its areas; a zone left in more than one piece is the admin's
 * input to correct, so it is refused with 422 naming the zone and the areas cut off from it.
 */
function zoneLayerOrRefuse(areas: AreaLayer): ZoneLayer {
  const built = dissolveZoneLayer(areas);
  if ('layer' in built) return built.layer;
  const zones = [...new Set(built.detached.map((p) => p.zoneId))];
  throw new Unprocessable(
    'zone-in-pieces',
    `Each zone must be one piece of areas joined by shared edges; in this layer ${zones.join(', ')} ${zones.length === 1 ? 'is' : 'are'} in more than one piece.`,
    {
      zonesInPieces: zones,
      detachedPieces: built.detached.map((p) => ({
        zoneId: p.zoneId,
        areas: p.areaIds.length,
        areaIds: p.areaIds.slice(0, LISTED_AREAS),
      })),
    },
  );
}
