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
