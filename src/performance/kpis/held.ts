/** The packages each KPI group holds now (a point-in-time count, read by both KPI paths). */
import type { Db } from '../../db/connect';
import { dimensions, filtered, grouped, groupOf, keyOf, n, type Row } from './grouping';
import type { KpiQuery } from './queries';

export interface HeldPackages {
  packages: number;
  weeklyMinutes: number;
}

/** Packages awarded or in care now, and their weekly hours (a point-in-time count, not a period one). */
export async function heldPackages(db: Db, query: KpiQuery) {
  const q = filtered(
    db('packages as p').whereIn('p.status', ['awarded', 'active']).whereNotNull('p.provider_id'),
    'packages',
    query.filter,
  );
  const rows: Row[] = await dimensions(q, 'packages', query.groupBy).select(
    db.raw('count(*) as n'),
    db.raw('sum(p.weekly_minutes) as minutes'),
  );
  const out = grouped<HeldPackages>();
  for (const r of rows) {
    if (n(r.n) === 0) continue;
    const key = keyOf(r, query.groupBy);
    out.groups.set(key, groupOf(r, query.groupBy));
    out.values.set(key, { packages: n(r.n), weeklyMinutes: n(r.minutes) });
  }
  return out;
}
