import type { Knex } from 'knex';

/**
 * Reference data every install needs (zones, rate cards…). Idempotent: running it again
 * changes nothing that is already there.
 */
export async function seedReferenceData(_db: Knex, _now: number): Promise<void> {
  // Filled in by the zones and pricing features.
}
