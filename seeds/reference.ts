import type { Knex } from 'knex';
import { insertRateCard } from '../src/pricing/queries';
import { INDICATIVE_RATE_CARD_2021 } from '../src/pricing/rate-card';
import { readZoneLayer, zoneRows, type ZoneLayer } from './zones';

/**
 * Reference data every install needs: the 14 zones and the indicative rate card. Idempotent:
 * running it again changes nothing that is already there.
 *
 * - Zones are upserted from geo/zones.geojson, so a rebuilt geo/ (new districts or neighbours)
 *   is picked up at the next start; unchanged data rewrites identical values.
 * - The indicative card (docs/specification/rates-and-costs.md §3.2; docs/specification/open-questions.md
 *   §10.3) is inserted only if no card applies from its date: a card in force is never edited, so an
 *   existing one is left exactly as it is.
 */
export async function seedReferenceData(
  db: Knex,
  now: number,
  layer: ZoneLayer = readZoneLayer(),
): Promise<void> {
  const rows = zoneRows(layer);
  await db.transaction(async (trx) => {
    await trx('zones').insert(rows).onConflict('id').merge();
    const card = INDICATIVE_RATE_CARD_2021;
    if (!(await trx('rate_cards').where({ applies_from: card.appliesFrom }).first('id'))) {
      await insertRateCard(trx, { ...card, label: card.label ?? 'Indicative rates' }, now, null);
    }
  });
}
