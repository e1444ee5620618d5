import type { Db } from '../src/db/connect';

let sequence = 0;

export interface ProviderOverrides {
  name?: string;
  cqcOverall?: string;
  chcApproved?: boolean;
  status?: string;
  tenderScore?: number;
  admittedOn?: string;
}

/** Inserts a provider with sensible defaults and returns its id. */
export async function buildProvider(db: Db, overrides: ProviderOverrides = {}): Promise<number> {
  sequence += 1;
  const now = Date.parse('2026-01-01T00:00:00Z');
  const [row] = await db('providers')
    .insert({
      name: overrides.name ?? `Test Provider ${sequence} ${Math.random().toString(36).slice(2, 8)}`,
      cqc_location_id: `TEST-${sequence}-${Math.random().toString(36).slice(2, 10)}`,
      cqc_overall: overrides.cqcOverall ?? 'good',
      cqc_safe: overrides.cqcOverall ?? 'good',
      cqc_well_led: overrides.cqcOverall ?? 'good',
      chc_approved: overrides.chcApproved ?? false,
      status: overrides.status ?? 'active',
      tender_score: overrides.tenderScore ?? 70,
      admitted_on: overrides.admittedOn ?? '2021-11-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

// --- Providers: zone roles and capacity -------------------------------------------------------
// (The zones table must hold the zone: seed it first with seedReferenceData.)

/** Gives a provider a role in a zone (no audit row: test set-up, not an action under test). */
export async function assignRole(
  db: Db,
  providerId: number,
  zoneId: string,
  role: 'prime' | 'supplementary',
  since = Date.parse('2026-01-01T00:00:00Z'),
): Promise<void> {
  await db('provider_zone_roles')
    .insert({ provider_id: providerId, zone_id: zoneId, role, since })
    .onConflict(['provider_id', 'zone_id'])
    .merge();
}

/** Records a capacity declaration of `weeklyMinutes` new minutes a week, made at instant `at`. */
export async function declareCapacity(
  db: Db,
  providerId: number,
  zoneId: string,
  weeklyMinutes: number,
  at: number,
): Promise<number> {
  const [row] = await db('capacity_declarations')
    .insert({
      provider_id: providerId,
      zone_id: zoneId,
      weekly_minutes: weeklyMinutes,
      declared_at: at,
      declared_by: null,
    })
    .returning('id');
  return (row as { id: number }).id;
}
