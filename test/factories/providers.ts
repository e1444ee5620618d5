/** Providers, their roles in zones and their capacity declarations. */
import type { Queryable } from '../../src/db/connect';
import { insertId } from './rows';

let sequence = 0;

export interface ProviderOverrides {
  name?: string;
  cqcOverall?: string;
  chcApproved?: boolean;
  status?: string;
  tenderScore?: number;
  admittedOn?: string;
  /** When it joined the service (default 2026-01-01). */
  createdAt?: number;
}

/** Inserts a provider with sensible defaults and returns its id. */
export async function buildProvider(db: Queryable, overrides: ProviderOverrides = {}): Promise<number> {
  sequence += 1;
  const now = overrides.createdAt ?? Date.parse('2026-01-01T00:00:00Z');
  return insertId(db, 'providers', {
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
  });
}

/**
 * Gives a provider a role in a zone (no audit row: test set-up, not an action under test). The zones
 * table must hold the zone: seed it first (seedReferenceData, or ensureReference).
 */
export async function assignRole(
  db: Queryable,
  spec: { providerId: number; zoneId: string; role: 'prime' | 'supplementary'; since?: number },
): Promise<void> {
  await db('provider_zone_roles')
    .insert({
      provider_id: spec.providerId,
      zone_id: spec.zoneId,
      role: spec.role,
      since: spec.since ?? Date.parse('2026-01-01T00:00:00Z'),
    })
    .onConflict(['provider_id', 'zone_id'])
    .merge();
}

/** Records a capacity declaration of `weeklyMinutes` new minutes a week, made at instant `at`. */
export async function declareCapacity(
  db: Queryable,
  spec: { providerId: number; zoneId: string; weeklyMinutes: number; at: number },
): Promise<number> {
  return insertId(db, 'capacity_declarations', {
    provider_id: spec.providerId,
    zone_id: spec.zoneId,
    weekly_minutes: spec.weeklyMinutes,
    declared_at: spec.at,
    declared_by: null,
  });
}
