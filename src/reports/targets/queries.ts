/** The rag_targets table: append-only, read whole (a handful of rows a year). */
import type { Db } from '../../db/connect';
import type { RagMetric, StoredTarget } from './model';

interface TargetRow {
  id: number;
  metric: RagMetric;
  zone_id: string | null;
  target: number | null;
  tolerance: number | null;
  effective_from: string;
  comment: string | null;
  set_by: number | null;
  set_by_name: string | null;
  set_at: number;
}

const num = (v: number | null) => (v === null ? null : Number(v));

/** Every stored target, oldest first, with the name of the user who set it. */
export async function storedTargets(db: Db): Promise<StoredTarget[]> {
  const rows = (await db('rag_targets as t')
    .leftJoin('users as u', 'u.id', 't.set_by')
    .select('t.*', 'u.name as set_by_name')
    .orderBy('t.id')) as TargetRow[];
  return rows.map((r) => ({
    id: Number(r.id),
    metric: r.metric,
    zoneId: r.zone_id,
    target: num(r.target),
    tolerance: num(r.tolerance),
    effectiveFrom: r.effective_from,
    comment: r.comment,
    setBy: r.set_by === null ? null : { id: Number(r.set_by), name: r.set_by_name ?? `User ${r.set_by}` },
    setAt: Number(r.set_at),
  }));
}

export async function insertTarget(db: Db, row: Omit<TargetRow, 'id' | 'set_by_name'>): Promise<number> {
  const [inserted] = (await db('rag_targets').insert(row).returning('id')) as { id: number }[];
  return Number(inserted!.id);
}
