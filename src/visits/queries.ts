/** The visits table (migrations/20261205200100_create_visits.ts): plain rows in, plain objects out. */
import type { Queryable } from '../db/connect';
import type { Needs } from '../packages/model';
import { carersPlannedFor, type VisitRecord } from './model';

/** Rows per statement: well under every engine's limit on bound values (10 columns each). */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface VisitPackage {
  id: number;
  reference: string;
  carersPlanned: number;
}

/**
 * The packages with these references that the provider holds now or was awarded in any episode
 * (a provider handing a package back still reports the visits it delivered), by reference.
 */
export async function packagesOfProvider(
  db: Queryable,
  input: { providerId: number; references: readonly string[] },
): Promise<Map<string, VisitPackage[]>> {
  const out = new Map<string, VisitPackage[]>();
  for (const refs of chunks([...new Set(input.references)])) {
    const rows: { id: number; reference: string; needs_json: string }[] = await db('packages as p')
      .whereIn('p.reference', refs)
      .where((q) =>
        q
          .where('p.provider_id', input.providerId)
          .orWhereExists((e) =>
            e
              .select(db.raw('1'))
              .from('brokerage_episodes as e')
              .whereRaw('e.package_id = p.id')
              .where('e.awarded_provider_id', input.providerId),
          ),
      )
      .select('p.id', 'p.reference', 'p.needs_json');
    for (const r of rows) {
      const needs = JSON.parse(r.needs_json) as Needs;
      const list = out.get(r.reference) ?? [];
      list.push({ id: Number(r.id), reference: r.reference, carersPlanned: carersPlannedFor(needs) });
      out.set(r.reference, list);
    }
  }
  return out;
}

export interface VisitRow {
  package_id: number;
  provider_id: number;
  planned_start: number;
  planned_minutes: number;
  actual_start: number | null;
  actual_end: number | null;
  carers_planned: number;
  carers_present: number;
  recorded_at: number;
  recorded_by: number | null;
}

const key = (packageId: number, plannedStart: number) => `${packageId}|${plannedStart}`;

/** Which of these (package, planned start) pairs are already stored. */
export async function storedVisitKeys(
  db: Queryable,
  rows: readonly Pick<VisitRow, 'package_id' | 'planned_start'>[],
): Promise<Set<string>> {
  const wanted = new Set(rows.map((r) => key(r.package_id, r.planned_start)));
  const out = new Set<string>();
  for (const ids of chunks([...new Set(rows.map((r) => r.package_id))])) {
    const stored: { package_id: number; planned_start: number }[] = await db('visits')
      .whereIn('package_id', ids)
      .select('package_id', 'planned_start');
    for (const s of stored) {
      const k = key(Number(s.package_id), Number(s.planned_start));
      if (wanted.has(k)) out.add(k);
    }
  }
  return out;
}

export const visitKey = (r: Pick<VisitRow, 'package_id' | 'planned_start'>) =>
  key(r.package_id, r.planned_start);

/** Inserts the rows, updating those already stored for their (package, planned start): set-based. */
export async function upsertVisits(db: Queryable, rows: readonly VisitRow[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db('visits')
      .insert(batch)
      .onConflict(['package_id', 'planned_start'])
      .merge([
        'provider_id',
        'planned_minutes',
        'actual_start',
        'actual_end',
        'carers_planned',
        'carers_present',
        'recorded_at',
        'recorded_by',
      ]);
  }
}

/** A package's visits planned in [from, to), in planned order. */
export async function visitsOfPackage(
  db: Queryable,
  input: { packageId: number; from: number; to: number },
): Promise<(VisitRecord & { providerId: number })[]> {
  const rows: (VisitRow & { id: number })[] = await db('visits')
    .where('package_id', input.packageId)
    .where('planned_start', '>=', input.from)
    .where('planned_start', '<', input.to)
    .orderBy('planned_start')
    .select('*');
  const orNull = (v: unknown) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    providerId: Number(r.provider_id),
    plannedStart: Number(r.planned_start),
    plannedMinutes: Number(r.planned_minutes),
    actualStart: orNull(r.actual_start),
    actualEnd: orNull(r.actual_end),
    carersPlanned: Number(r.carers_planned),
    carersPresent: Number(r.carers_present),
  }));
}
