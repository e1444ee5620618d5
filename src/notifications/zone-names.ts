import type { Knex } from 'knex';
import { createZoneFacts, type ZoneFactsService } from '../zones/facts';

/**
 * Zone names for messages about a package, read through the zones' facts of the services that own
 * the database (the composition root registers them with the outbox, src/notifications/service.ts), so
 * an intake's event costs no extra read. Keyed by the connection settings, which a database handle and
 * its transactions share, as the after-commit kick is (src/notifications/wake.ts). A database without
 * services (a script) reads the zones table.
 */
const registered = new WeakMap<object, ZoneFactsService>();

export function setZoneFacts(db: Knex, zoneFacts: ZoneFactsService): void {
  registered.set(db.client.config as object, zoneFacts);
}

export async function zoneName(trx: Knex | Knex.Transaction, zoneId: string): Promise<string> {
  const facts = registered.get(trx.client.config as object) ?? createZoneFacts();
  return (await facts.of(trx, zoneId))?.name ?? zoneId;
}
