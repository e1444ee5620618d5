/**
 * The old framework's referrals (table baseline_referrals, docs/imports.md "Baseline"): only the
 * baseline import writes them, the before-and-after report reads them.
 */
import type { Knex } from 'knex';
import type { Queryable } from '../db/connect';

export interface BaselineReferral {
  reference: string;
  requestedOn: string;
  placedOn: string | null;
  zoneId: string;
  band: string;
  weeklyMinutes: number;
}

const BATCH = 500;

export async function heldBaselineReferences(
  db: Queryable,
  references: readonly string[],
): Promise<Set<string>> {
  const held = new Set<string>();
  for (let i = 0; i < references.length; i += BATCH) {
    const rows = await db('baseline_referrals')
      .whereIn('reference', references.slice(i, i + BATCH))
      .select('reference');
    for (const r of rows) held.add(String(r.reference));
  }
  return held;
}

export async function insertBaselineReferrals(
  trx: Knex.Transaction,
  input: { referrals: readonly BaselineReferral[]; now: number; by: number | null },
): Promise<void> {
  const rows = input.referrals.map((r) => ({
    reference: r.reference,
    requested_on: r.requestedOn,
    placed_on: r.placedOn,
    zone_id: r.zoneId,
    band: r.band,
    weekly_minutes: r.weeklyMinutes,
    imported_at: input.now,
    imported_by: input.by,
  }));
  for (let i = 0; i < rows.length; i += BATCH)
    await trx('baseline_referrals').insert(rows.slice(i, i + BATCH));
}

/** Every baseline referral (the comparison needs each one's wait; a county holds tens of thousands). */
export async function baselineReferrals(db: Queryable): Promise<BaselineReferral[]> {
  const rows = await db('baseline_referrals').select(
    'reference',
    'requested_on',
    'placed_on',
    'zone_id',
    'band',
    'weekly_minutes',
  );
  return rows.map((r) => ({
    reference: String(r.reference),
    requestedOn: String(r.requested_on),
    placedOn: r.placed_on === null ? null : String(r.placed_on),
    zoneId: String(r.zone_id),
    band: String(r.band),
    weeklyMinutes: Number(r.weekly_minutes),
  }));
}
